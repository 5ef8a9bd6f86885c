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
 * Longest-match scan: at each token, the longest run of up to `longestFormFrom(token)` tokens whose key is
 * a form wins, and the scan resumes after it. Linear in the number of tokens.
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

/** The KB key of tokens [i, j): their folded forms joined by single spaces. */
function keyOf(tokens: Token[], i: number, j: number): string {
  let key = tokens[i].folded;
  for (let k = i + 1; k < j; k++) key += ' ' + tokens[k].folded;
  return key;
}

function longestAt(
  text: string,
  tokens: Token[],
  i: number,
  index: KbIndex,
  accept?: (m: GazetteerMatch) => boolean,
): GazetteerMatch | undefined {
  const longest = index.longestFormFrom(tokens[i].folded);
  if (!longest) return undefined;
  let last = i + 1;
  while (last < tokens.length && last - i < longest && joined(text, tokens[last - 1], tokens[last])) last++;
  for (let j = last; j > i; j--) {
    const entries = index.lookup(j === i + 1 ? tokens[i].folded : keyOf(tokens, i, j));
    if (!entries) continue;
    const m = { start: tokens[i].start, end: tokens[j - 1].end, first: i, last: j, surface: text.slice(tokens[i].start, tokens[j - 1].end), entries };
    if (!accept || accept(m)) return m;
  }
  return undefined;
}
