/**
 * Years and decades: "in 2018", "since 2015", "mid-2019", "end of 2019", "from 2015 to 2018",
 * "the 1990s". A four-digit number is only a year after a time preposition and when no unit or
 * counted noun follows it ("by 2000 troops" is a count), so "120000 residents" or "Article 5"
 * never match.
 */
import { candidate, type ScanContext } from './context';
import { formatYM } from './iso';
import type { Candidate } from './types';
import { anchoredMatches, type AnchoredPattern } from './anchored';

const YEAR_CUE =
  '(?:in|since|by|until|till|from|of|before|after|early|late|mid|during|throughout|between|and|to|through|around|year|summer|winter|spring|autumn|fall)';
const YEAR_RE = new RegExp(`\\b(${YEAR_CUE})(?:\\s+|-)(?:the\\s+year\\s+)?((?:19|20)\\d{2})\\b(?![,.]?\\d)`, 'gi');
const YEAR_PART_RE = /\b(end|beginning|start)\s+of\s+((?:19|20)\d{2})\b(?![,.]?\d)/gi;
const YEAR_RANGE_RE = /\b(?:from|between)\s+((19|20)\d{2})\s*(?:to|and|until|till|through|-|–)\s*((19|20)\d{2})\b(?![,.]?\d)/gi;
/** "1990s", "'90s", "the 90s" (two digits only after "the", and only 1930-1990: "the 20s" is ambiguous). */
const DECADE_RE = /(?:\b((?:19|20)\d)0s|'(\d)0s|(?<=\bthe\s)([3-9])0s)\b/g;
/** Every decade match ends in "0s", at most three characters after its start. */
export const DECADE: AnchoredPattern = { re: DECADE_RE, anchor: /0s\b/g, reach: { chars: 3 } };
/** Every year match holds a year, at most three words (cue, "the year") after its start. */
export const YEAR: AnchoredPattern = { re: YEAR_RE, anchor: /\b(?:19|20)\d{2}\b/g, reach: { words: 3 } };

/** Words that make the number a quantity, not a year. Plurals are caught by a suffix test. */
const COUNTED = new Set(['people', 'persons', 'residents', 'troops', 'soldiers', 'units', 'cases', 'deaths', 'times', 'more', 'new']);
/** Lower-case words ending in -s that still may follow a year ("in 2018 was", "since 2015 has"). */
const S_OK = new Set(['was', 'has', 'is', 'as', 'this', 'its', 'his', 'always', 'thus', 'plus', 'across', 'towards', 'afterwards', 'unless']);

/** Units that make any number a quantity, even after "in" or "since". */
const UNITS = new Set(['%', 'percent', 'per', 'km', 'kilometers', 'kilometres', 'meters', 'metres', 'miles', 'yuan', 'dollars', 'euros', 'tons', 'tonnes', 'kg', 'mw', 'square', 'hectares', 'acres']);
/** Cues that also introduce counts ("of 2000 soldiers", "by 2000 troops", "around 2000 people"). */
const COUNT_CUES = new Set(['of', 'by', 'to', 'and', 'from', 'between', 'around', 'through']);

/** True when the number ending at `end` is followed by a unit or, with `counting`, a counted noun. */
export function quantityFollows(text: string, end: number, counting = true): boolean {
  const next = /^\s*(%|[a-z][a-z-]*)/.exec(text.slice(end, end + 30));
  if (!next) return false;
  const w = next[1]!;
  if (UNITS.has(w)) return true;
  if (!counting) return false;
  if (COUNTED.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !S_OK.has(w) && !w.endsWith('ss');
}

export function findYears(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.text;
  for (const m of t.matchAll(YEAR_RANGE_RE)) {
    const s = m.index + m[0].indexOf(m[1]!);
    const e = m.index + m[0].length;
    if (Number(m[3]) > Number(m[1]) && !quantityFollows(t, e)) {
      out.push(candidate(ctx, s, e, m[1]!, 'year-range', { endValue: m[3]!, priority: 2 }));
    }
  }
  for (const m of t.matchAll(YEAR_PART_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    const month = m[1]!.toLowerCase() === 'end' ? 12 : 1;
    out.push(candidate(ctx, s, e, formatYM(Number(m[2]), month), `${m[1]!.toLowerCase()}-of-year`, { priority: 2 }));
  }
  for (const m of anchoredMatches(t, YEAR)) {
    const cue = m[1]!.toLowerCase();
    const s = cue === 'mid' && t[m.index + 3] === '-' ? m.index : m.index + m[0].lastIndexOf(m[2]!);
    const e = m.index + m[0].length;
    if (quantityFollows(t, e, COUNT_CUES.has(cue))) continue;
    out.push(candidate(ctx, s, e, m[2]!, 'year'));
  }
  for (const m of anchoredMatches(t, DECADE)) {
    const two = m[2] ?? m[3];
    const first = m[1] ? Number(m[1]) * 10 : (Number(two) >= 3 ? 1900 : 2000) + Number(two) * 10;
    out.push(candidate(ctx, m.index, m.index + m[0].length, String(first), 'decade', { endValue: String(first + 9) }));
  }
  return out;
}
