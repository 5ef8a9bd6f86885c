/**
 * Years and decades: "in 2018", "since 2015", "mid-2019", "end of 2019", "from 2015 to 2018",
 * "the 1990s", a year naming an edition or a period before a noun ("the 2024 election", "the
 * 2018 Winter Olympics", "Japan's 2021 budget") and fiscal years ("fiscal 2021", "FY2021"). A
 * four-digit number is only a year after a time preposition, a determiner or "fiscal", and when
 * no unit or counted noun follows it ("by 2000 troops", "the 2000 soldiers" are counts), so
 * "120000 residents" or "Article 5" never match.
 */
import { candidate, type ScanContext } from './context';
import { formatYM } from './iso';
import type { Candidate } from './types';
import { anchorHits, anchoredMatches, type AnchoredPattern } from './anchored';

const YEAR_CUE =
  '(?:in|since|by|until|till|from|of|before|after|early|late|mid|during|throughout|between|and|to|through|around|year|summer|winter|spring|autumn|fall)';
/** A year of 1900-2099 standing as a word: what every year pattern holds (its hits are found once). */
const YEAR_ANCHOR = /\b(?:19|20)\d{2}\b/g;
const YEAR_RE = new RegExp(`\\b(${YEAR_CUE})(?:\\s+|-)(?:the\\s+year\\s+)?((?:19|20)\\d{2})\\b(?![,.]?\\d)`, 'gi');
const YEAR_PART_RE = /\b(end|beginning|start|middle)\s+of\s+((?:19|20)\d{2})\b(?![,.]?\d)/gi;
const YEAR_RANGE_RE = /\b(?:from|between)\s+((19|20)\d{2})\s*(?:to|and|until|till|through|-|–)\s*((19|20)\d{2})\b(?![,.]?\d)/gi;
/**
 * "2019-2020", "in 2020-21", "the 2019–20 season": a range of years written with a dash. Group 1:
 * the first year, 2: the last (two digits take the first one's century). Not the start of a
 * numeric date ("2010-12-05"): no dash, slash or point and digit may follow.
 */
const DASH_RANGE_RE = /\b((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2}|\d{2})\b(?![-–/.:]\d)/g;
export const DASH_RANGE: AnchoredPattern = { re: DASH_RANGE_RE, anchor: YEAR_ANCHOR, reach: { chars: 0 } };

/** "1990s", "'90s", "the 90s" (two digits only after "the", and only 1930-1990: "the 20s" is ambiguous). */
const DECADE_RE = /(?:\b((?:19|20)\d)0s|'(\d)0s|(?<=\bthe\s)([3-9])0s)\b/g;
/** Every decade match ends in "0s", at most three characters after its start. */
export const DECADE: AnchoredPattern = { re: DECADE_RE, anchor: /0s\b/g, reach: { chars: 3 } };
/** Every year match holds a year, at most three words (cue, "the year") after its start. */
export const YEAR: AnchoredPattern = { re: YEAR_RE, anchor: YEAR_ANCHOR, reach: { words: 3 } };

/**
 * A year between a determiner (or a possessive "'s") and the noun it dates: "the 2024 election",
 * "a 2019 report", "its 2020 accounts", "Japan's 2021 budget". Group 2: the year. The noun must
 * follow (a year closing the phrase, "the 2000", is left alone) and must not be counted (see
 * yearBeforeNoun).
 */
const DETERMINER_YEAR_RE = /(?:\b(?:the|a|its|his|her|their|our|whose)|['’]s)\s+((?:19|20)\d{2})\s+(?=[A-Za-z])/gi;
/** Every such match holds its year, one word (the determiner, or the "s" of "'s") after its start. */
export const DETERMINER_YEAR: AnchoredPattern = { re: DETERMINER_YEAR_RE, anchor: YEAR_ANCHOR, reach: { words: 1 } };
/**
 * Fiscal years: "fiscal 2021", "fiscal year 2021", "financial year 2020", "FY2021", "FY 2021".
 * The value is the year's number; which months it covers depends on the country (the hover says so).
 */
const FISCAL_YEAR_RE = /\b(?:[Ff]iscal|[Ff]inancial)(?:\s+[Yy]ear)?\s+((?:19|20)\d{2})\b(?![,.]?\d)/g;
/** Every fiscal-year match holds its year at most two words ("fiscal year") after its start. */
export const FISCAL_YEAR: AnchoredPattern = { re: FISCAL_YEAR_RE, anchor: YEAR_ANCHOR, reach: { words: 2 } };
/** "FY2021", "FY 2021": a literal start, cheap to scan for. */
const FY_RE = /\bFY ?((?:19|20)\d{2})\b(?![,.]?\d)/g;
/**
 * Plural nouns a year may date ("the 2019 elections", "its 2020 accounts"): the suffix test of
 * quantityFollows would take them for counted things.
 */
const DATED_PLURALS = new Set([
  'elections', 'polls', 'talks', 'games', 'protests', 'riots', 'results', 'accounts', 'earnings', 'figures', 'finals',
  'championships', 'olympics', 'paralympics', 'rankings', 'negotiations', 'hearings', 'sanctions', 'reforms', 'midterms',
  'primaries', 'celebrations', 'floods', 'attacks', 'statistics', 'estimates', 'forecasts', 'accords', 'protocols',
]);

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
    const part = m[1]!.toLowerCase();
    // The middle of a year is no one month: the year.
    const value = part === 'middle' ? m[2]! : formatYM(Number(m[2]), part === 'end' ? 12 : 1);
    out.push(candidate(ctx, s, e, value, `${part}-of-year`, { priority: 2 }));
  }
  const years = anchorHits(t, YEAR_ANCHOR);
  for (const m of anchoredMatches(t, YEAR, years)) {
    const cue = m[1]!.toLowerCase();
    const s = cue === 'mid' && t[m.index + 3] === '-' ? m.index : m.index + m[0].lastIndexOf(m[2]!);
    const e = m.index + m[0].length;
    if (quantityFollows(t, e, COUNT_CUES.has(cue))) continue;
    out.push(candidate(ctx, s, e, m[2]!, 'year'));
  }
  for (const m of anchoredMatches(t, DASH_RANGE, years)) {
    const first = Number(m[1]);
    const last = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    const e = m.index + m[0].length;
    if (last > first && last - first <= 50 && !quantityFollows(t, e)) out.push(candidate(ctx, m.index, e, m[1]!, 'year-range', { endValue: String(last), priority: 2 }));
  }
  for (const m of anchoredMatches(t, DETERMINER_YEAR, years)) {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    const e = s + m[1]!.length;
    if (yearBeforeNoun(t, e)) out.push(candidate(ctx, s, e, m[1]!, 'year-before-noun'));
  }
  for (const m of [...anchoredMatches(t, FISCAL_YEAR, years), ...t.matchAll(FY_RE)]) {
    out.push(candidate(ctx, m.index, m.index + m[0].length, m[1]!, 'fiscal-year', { priority: 1 }));
  }
  for (const m of anchoredMatches(t, DECADE)) {
    const two = m[2] ?? m[3];
    const first = m[1] ? Number(m[1]) * 10 : (Number(two) >= 3 ? 1900 : 2000) + Number(two) * 10;
    out.push(candidate(ctx, m.index, m.index + m[0].length, String(first), 'decade', { endValue: String(first + 9) }));
  }
  return out;
}

/**
 * After "the 2024", a noun the year dates: a capitalised name ("Winter Olympics", "Nobel
 * Prize"), a plural that events or reports take (DATED_PLURALS), or any other word that is
 * neither a unit nor a counted noun ("election", "budget", "season"). "the 2000 soldiers", "the
 * 1500 residents", "the 2000 km" are counts.
 */
function yearBeforeNoun(text: string, end: number): boolean {
  const next = /^\s+([A-Za-z][A-Za-z-]*)/.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  if (/^[A-Z]/.test(next)) return !UNITS.has(next.toLowerCase());
  if (DATED_PLURALS.has(next)) return true;
  return !quantityFollows(text, end) && !NOT_NOUNS.has(next);
}

/** Function words after "the 2000": the number closes its phrase, a count more often than a year ("of the 2000 who"). */
const NOT_NOUNS = new Set(['who', 'which', 'that', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'were', 'are', 'have', 'had', 'will', 'would']);
