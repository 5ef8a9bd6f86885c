import { following, type KbIndex, type FormEntry, type FormNode } from '../kb/index';
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

/**
 * Tokens i and i+1 belong to one phrase when only plain spaces separate them (one or two), or the
 * closing dot of an abbreviation written with dots and a space ("U.S. House").
 */
export function joined(text: string, a: Token, b: Token): boolean {
  let from = a.end;
  // "U.S. House", "St. Louis", "Mt. Fuji": an abbreviation's dot is inside the name.
  if (text.charCodeAt(from) === 46 && (DOTTED_ABBREVIATION.test(a.text) || SHORT_ABBREVIATION.test(a.text))) from++;
  // "Bodø/Glimt", "AC/DC": a slash with no space around it joins the words of one name.
  if (b.start === from + 1 && text.charCodeAt(from) === 47) return true;
  for (let i = from; i < b.start; i++) if (text[i] !== ' ') return false;
  return b.start > from && b.start - from <= 2;
}

const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const SHORT_ABBREVIATION = /^(?:St|Mt|Ft|Ste)$/u;

/**
 * Longest-match scan: at each token, the longest run of tokens whose key is a form (and that
 * `accept` takes) wins, and the scan resumes after it. `accept` must not change the matches; it
 * may be asked about a run that is then not taken (only the returned matches are the scan's).
 */
export function scanGazetteer(text: string, tokens: Token[], index: KbIndex, accept?: (m: GazetteerMatch) => boolean): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  scanChoosing(text, tokens, index, accept ? (m) => (accept(m) ? m : undefined) : (m) => m, (m) => out.push(m));
  return out;
}

/**
 * The same scan where deciding on a run also works out what the caller keeps of it (a mention,
 * the entries that count): `choose` gives that value (undefined: the run is not taken), `take`
 * receives each match of the scan with its value, in text order. The value travels with the
 * match instead of being looked up again (a map keyed by thousands of match objects was a
 * tenth of both passes).
 */
export function scanChoosing<T>(text: string, tokens: Token[], index: KbIndex, choose: (m: GazetteerMatch) => T | undefined, take: (m: GazetteerMatch, value: T) => void): void {
  const runs = runsOf(text, tokens, index);
  for (let i = 0; i < tokens.length; ) {
    const here = runs[i];
    let m: GazetteerMatch | undefined;
    let value: T | undefined;
    // A loop, not `find` with a closure: this runs for every token, twice per analysis.
    if (here)
      for (const r of here) {
        if ((value = choose(r)) === undefined) continue;
        m = r;
        break;
      }
    if (!m) {
      i++;
      continue;
    }
    // "Crown Prince Mohammed bin Salman": a form of the same entity that starts inside this one
    // and goes on past it is the name; the words before it are left to the next detectors.
    const later = m.last - m.first > 1 ? laterOfSameEntity(runs, m, choose) : -1;
    if (later >= 0) {
      i = later;
      continue;
    }
    take(m, value as T);
    i = m.last;
  }
}

/** The first token inside m where an accepted form of one of m's entities starts and ends after m (-1: none). */
function laterOfSameEntity<T>(runs: Array<GazetteerMatch[] | undefined>, m: GazetteerMatch, choose: (m: GazetteerMatch) => T | undefined): number {
  for (let k = m.first + 1; k < m.last; k++) {
    const r = runs[k]?.[0];
    if (!r || r.last <= m.last || !r.entries.some((e) => m.entries.some((f) => f.entity === e.entity))) continue;
    if (runs[k]!.find((x) => choose(x) !== undefined) === r) return k;
  }
  return -1;
}

// The counting pass and the finding pass scan the same tokens: the runs that start at each token
// are found once per token list (and trie), with one walk of the KB's form trie per token.
const runCache = new WeakMap<Token[], { text: string; trie: ReadonlyMap<string, FormNode>; runs: Array<GazetteerMatch[] | undefined> }>();

function runsOf(text: string, tokens: Token[], index: KbIndex): Array<GazetteerMatch[] | undefined> {
  const trie = index.formTrie();
  let cached = runCache.get(tokens);
  if (!cached || cached.trie !== trie || cached.text !== text) {
    const runs: Array<GazetteerMatch[] | undefined> = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const node = trie.get(tokens[i].folded);
      if (node) runs[i] = runsAt(text, tokens, i, node);
      // "Taiwan's" also begins longer forms ("Taiwan's armed forces"): the name before "'s" as well, shortest last.
      if (isPossessive(tokens[i].folded)) {
        const own = possessiveRun(text, tokens, i, i, trie.get(tokens[i].folded.slice(0, -2)));
        if (own) runs[i] = runs[i] ? [...runs[i]!, ...own] : own;
      }
    }
    runCache.set(tokens, (cached = { text, trie, runs }));
  }
  return cached.runs;
}

/** Every run of tokens from i that is a form, longest first (undefined: none). */
function runsAt(text: string, tokens: Token[], i: number, first: FormNode): GazetteerMatch[] | undefined {
  let out: GazetteerMatch[] | undefined;
  let node: FormNode | undefined = first;
  for (let j = i + 1; node; j++) {
    if (node.entries) {
      // A one-word run is its token's text (most runs: no copy).
      const surface = j === i + 1 ? tokens[i].text : text.slice(tokens[i].start, tokens[j - 1].end);
      const m = { start: tokens[i].start, end: tokens[j - 1].end, first: i, last: j, surface, entries: node.entries };
      (out ??= []).unshift(m);
    }
    if (j >= tokens.length || (!node.next && !node.pending) || !joined(text, tokens[j - 1], tokens[j])) break;
    const level: Map<string, FormNode> = following(node)!;
    const next: FormNode | undefined = level.get(tokens[j].folded);
    // "South Africa's": the possessive ends the name; the match stops before "'s".
    if (!next && isPossessive(tokens[j].folded)) {
      const own = possessiveRun(text, tokens, i, j, level.get(tokens[j].folded.slice(0, -2)));
      if (own) (out ??= []).unshift(...own);
    }
    node = next;
  }
  return out;
}

const isPossessive = (folded: string): boolean => folded.length > 3 && folded.endsWith("'s");

/** The run of tokens i..j whose last token is the form's last word plus "'s" (the match leaves the "'s" out). */
function possessiveRun(text: string, tokens: Token[], i: number, j: number, node: FormNode | undefined): GazetteerMatch[] | undefined {
  if (!node?.entries) return undefined;
  const end = tokens[j].end - 2;
  return [{ start: tokens[i].start, end, first: i, last: j + 1, surface: text.slice(tokens[i].start, end), entries: node.entries }];
}

/**
 * Whether a longer KB form begins with tokens first..last-1 ("Washington University" begins
 * "Washington University in St. Louis"): such words are the start of another name, whatever
 * else they may paraphrase.
 */
export function beginsLongerForm(text: string, tokens: Token[], index: KbIndex, first: number, last: number): boolean {
  let node: FormNode | undefined = index.formTrie().get(tokens[first].folded);
  for (let k = first + 1; node && k < last; k++) node = joined(text, tokens[k - 1], tokens[k]) ? following(node)?.get(tokens[k].folded) : undefined;
  return !!node && (!!node.pending || !!node.next?.size);
}
