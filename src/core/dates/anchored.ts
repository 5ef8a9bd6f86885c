/**
 * The matches of a global regex, exactly as `re.exec` finds them in a loop over the whole text,
 * but tried only where a match can start: just before the occurrences of `anchor`, a cheap regex
 * for a part that every match contains ("January" in "early in January", "0s" in "the 1990s").
 *
 * Why: the date patterns begin with optional words ("early", "in", "on the"), and V8 then tries
 * the whole pattern at every character of the text; a plain word is found many times faster.
 * A news article has few dates, so the full pattern runs at a few dozen places instead.
 *
 * The contract that makes it exact: every match of `re` contains an occurrence of `anchor` (as
 * `anchor`'s own scan finds them) that begins at most `reach` after the match starts, counted in
 * characters, or in words: runs of ASCII letters and digits, separated by at most SEPARATOR
 * characters each (longer gaps are not date phrases; the bound keeps the cost linear).
 */
import { isAsciiAlnum } from '../text/tokens';

export type Reach = { words: number } | { chars: number };

/** A global pattern, the anchor each of its matches contains, and how far before it a match may start. */
export interface AnchoredPattern {
  re: RegExp;
  anchor: RegExp;
  reach: Reach;
}

/** All matches of `p.re` in `text`, as `text.matchAll(p.re)` gives them (`hits`: see AnchoredScan). */
export const anchoredMatches = (text: string, p: AnchoredPattern, hits?: readonly number[]): RegExpExecArray[] => new AnchoredScan(text, p, hits).all();

/** Where `anchor` occurs in `text` (as its own global scan finds it): for patterns that share an anchor. */
export function anchorHits(text: string, anchor: RegExp): number[] {
  const re = new RegExp(anchor.source, anchor.flags.includes('g') ? anchor.flags : anchor.flags + 'g');
  const out: number[] = [];
  for (let a = re.exec(text); a; a = re.exec(text)) {
    if (a[0].length === 0) re.lastIndex++;
    out.push(a.index);
  }
  return out;
}

export class AnchoredScan {
  private readonly sticky: RegExp;
  /** The anchor's occurrences, and the next one to work through. */
  private readonly hits: readonly number[];
  private nextHit = 0;
  /** The anchor being worked through (its position), and the last position tried (or -1). */
  private current: number | null | undefined;
  private tried = -1;

  private readonly reach: Reach;

  /** `hits`: the anchor's occurrences in `text` (anchorHits), when already known. */
  constructor(
    private readonly text: string,
    { re, anchor, reach }: AnchoredPattern,
    hits?: readonly number[],
  ) {
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    this.hits = hits ?? anchorHits(text, anchor);
    this.reach = reach;
  }

  /** The first match that starts at or after `from` (as `re.lastIndex = from; re.exec(text)`). */
  next(from = 0): RegExpExecArray | null {
    this.tried = Math.max(this.tried, from - 1);
    for (;;) {
      if (this.current === undefined || (this.current !== null && this.current <= this.tried)) this.current = this.nextAnchor();
      const a = this.current;
      if (a === null) return null;
      for (let pos = Math.max(this.tried + 1, this.earliestStart(a)); pos <= a; pos++) {
        this.tried = pos;
        this.sticky.lastIndex = pos;
        const m = this.sticky.exec(this.text);
        if (m) return m;
      }
      this.current = undefined;
    }
  }

  /** All matches, as a global `exec` loop (or `matchAll`) gives them. */
  all(): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.next(0); m; m = this.next(m.index + Math.max(1, m[0].length))) out.push(m);
    return out;
  }

  private nextAnchor(): number | null {
    // An anchor at or before the last position tried cannot start anything new.
    while (this.nextHit < this.hits.length) {
      const at = this.hits[this.nextHit++];
      if (at > this.tried) return at;
    }
    return null;
  }

  /** The earliest position a match that contains the anchor at `at` can start. */
  private earliestStart(at: number): number {
    if ('chars' in this.reach) return Math.max(0, at - this.reach.chars);
    let pos = this.separatorStart(at);
    for (let words = 0; words < this.reach.words && pos > 0 && isAsciiAlnum(this.text.charCodeAt(pos - 1)); words++) {
      while (pos > 0 && isAsciiAlnum(this.text.charCodeAt(pos - 1))) pos--; // the word
      // The separator before it: a match may begin there too (" the 5th" after a word).
      pos = this.separatorStart(pos);
    }
    return pos;
  }

  /** Where the run of non-word characters (at most SEPARATOR of them) ending at `end` starts. */
  private separatorStart(end: number): number {
    let pos = end;
    while (pos > 0 && end - pos < SEPARATOR && !isAsciiAlnum(this.text.charCodeAt(pos - 1))) pos--;
    return pos;
  }
}

/** The longest run of spaces and punctuation between two words of one date phrase. */
const SEPARATOR = 64;

