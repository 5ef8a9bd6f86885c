import type { KbIndex, FormEntry, FormNode } from '../kb/index';
import type { Token } from '../text/tokens';

/** A run of tokens whose normalised text is a knowledge-base form. */
export interface GazetteerMatch {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  surface: string;
  entries: FormEntry[];
}

/** Tokens i and i+1 belong to one phrase when only plain spaces separate them. */
export function joined(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (text[i] !== ' ') return false;
  return b.start - a.end <= 2;
}

/**
 * Longest-match scan: at each token, the longest run of tokens whose key is a form (and that
 * `accept` takes) wins, and the scan resumes after it. Walks the KB's form trie: linear in the
 * number of tokens.
 */
export function scanGazetteer(text: string, tokens: Token[], index: KbIndex, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const nodes = firstNodes(tokens, index);
  for (let i = 0; i < tokens.length; ) {
    const m = nodes[i] && longestAt(text, tokens, i, nodes[i], accept);
    if (m) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}

// The counting pass and the finding pass scan the same tokens: the trie node each token starts
// is looked up once per token list (and trie).
const startNodes = new WeakMap<Token[], { trie: ReadonlyMap<string, FormNode>; nodes: Array<FormNode | undefined> }>();

function firstNodes(tokens: Token[], index: KbIndex): Array<FormNode | undefined> {
  const trie = index.formTrie();
  let cached = startNodes.get(tokens);
  if (!cached || cached.trie !== trie) startNodes.set(tokens, (cached = { trie, nodes: tokens.map((t) => trie.get(t.folded)) }));
  return cached.nodes;
}

// Scratch lists of the forms that end after tokens i..j (reused: this runs at most tokens).
const endLast: number[] = [];
const endEntries: FormEntry[][] = [];

function longestAt(text: string, tokens: Token[], i: number, first: FormNode | undefined, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch | undefined {
  let node = first;
  if (!node) return undefined;
  // Every run of tokens from i that is a form, shortest first.
  let ends = 0;
  for (let j = i + 1; node; j++) {
    if (node.entries) {
      endLast[ends] = j;
      endEntries[ends++] = node.entries;
    }
    if (j >= tokens.length || !node.next || !joined(text, tokens[j - 1], tokens[j])) break;
    node = node.next.get(tokens[j].folded);
  }
  for (let k = ends - 1; k >= 0; k--) {
    const last = endLast[k];
    const m = { start: tokens[i].start, end: tokens[last - 1].end, first: i, last, surface: text.slice(tokens[i].start, tokens[last - 1].end), entries: endEntries[k] };
    if (!accept || accept(m)) return m;
  }
  return undefined;
}
