import type { KbIndex, FormEntry } from '../kb/index';
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
  for (let i = 0; i < tokens.length; ) {
    const m = longestAt(text, tokens, i, index, accept);
    if (m) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}

function longestAt(text: string, tokens: Token[], i: number, index: KbIndex, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch | undefined {
  let node = index.formsStartingWith(tokens[i].folded);
  if (!node) return undefined;
  // Every run of tokens from i that is a form, shortest first.
  const ends: Array<{ last: number; entries: FormEntry[] }> = [];
  for (let j = i + 1; node; j++) {
    if (node.entries) ends.push({ last: j, entries: node.entries });
    if (j >= tokens.length || !node.next || !joined(text, tokens[j - 1], tokens[j])) break;
    node = node.next.get(tokens[j].folded);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const { last, entries } = ends[k];
    const m = { start: tokens[i].start, end: tokens[last - 1].end, first: i, last, surface: text.slice(tokens[i].start, tokens[last - 1].end), entries };
    if (!accept || accept(m)) return m;
  }
  return undefined;
}
