/**
 * Seasons: "this spring", "last summer", "in the autumn", "early winter", "the spring of 2019",
 * "summer 2020". A season is a range of months (northern hemisphere: spring March-May, summer
 * June-August, autumn September-November, winter December-February), value its first month and
 * endValue its last; the hover says the day is not known.
 *
 * A season word is only a date with a word that places it in time before it (this, last, next,
 * early, late, in, during, since, by...) or a year after it, and never inside a name ("Arab
 * Spring", "Spring Festival", "Summer Olympics"); "fall" needs this/last/next or a year.
 */
import { candidate, noRef, type ScanContext } from './context';
import { addMonths, formatYM } from './iso';
import type { Candidate, Tense } from './types';
import { anchoredMatches, type AnchoredPattern } from './anchored';

const SEASON_RE =
  /\b(?:(this|last|next|in|during|by|since|until|till|through|throughout|before|after|over)\s+)?(?:(early|late|mid)(?:\s+|-))?(?:(the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2})|\s+of\s+(last|this|next)\s+year)?\b(?![,.]?\d)/gi;
/**
 * Every season match holds its season word, at most four words ("since early the") after its
 * start. Group 6: "of last year" and its kin.
 */
export const SEASON: AnchoredPattern = { re: SEASON_RE, anchor: /\b(?:spring|summer|autumn|fall|winter)\b/gi, reach: { words: 4 } };

/** First month of each season. */
const FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** Words after a season that make it part of a noun phrase that is not a time ("summer camp", "winter storm"). */
const NOUN_AFTER_RE = /^\s+(?:[A-Z]|(?:camp|camps|storm|storms|sports?|games|olympics|festival|school|session|term|break|holidays?|vacation|wheat|crops?|harvest|clothes|coats?|tyres|tires|collection|transfer|window|water|onion|rolls?|time)\b)/;

export function findSeasons(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.text;
  for (const m of anchoredMatches(t, SEASON)) {
    const [, cue, part, the, name, year, ofYear] = m;
    const shift = cue?.toLowerCase();
    const relative = shift === 'this' || shift === 'last' || shift === 'next';
    if (!relative && !year && !ofYear && !cue && !part) continue;
    const word = name!.toLowerCase();
    if (word === 'fall' && !relative && !year && !ofYear) continue;
    const seasonAt = m.index + m[0].lastIndexOf(name!);
    if (insideName(t, seasonAt, seasonAt + name!.length, name!) || (!year && !ofYear && NOUN_AFTER_RE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 20)))) continue;
    // The span keeps this/last/next and early/late (they place it), not a preposition or "the".
    const start = relative ? m.index : m.index + m[0].indexOf((part ?? name)!, (cue?.length ?? 0) + (part ? 0 : (the?.length ?? 0)));
    const end = m.index + m[0].length;
    const first = FIRST_MONTH[word]!;
    let startYear: number | null = year ? Number(year) : null;
    if (ofYear && ctx.ref) startYear = Number(ctx.ref.slice(0, 4)) + (ofYear.toLowerCase() === 'last' ? -1 : ofYear.toLowerCase() === 'next' ? 1 : 0);
    if (startYear === null && ctx.ref) startYear = seasonYear(first, ctx.ref, relative ? shift! : ctx.tense(start, end));
    if (startYear === null) {
      out.push(candidate(ctx, start, end, null, noRef('season'), { endValue: null }));
      continue;
    }
    const last = addMonths(startYear, first, 2);
    out.push(candidate(ctx, start, end, formatYM(startYear, first), 'season', { endValue: formatYM(last.y, last.m), priority: 1 }));
  }
  return out;
}

/** A capitalised season word next to another capitalised word: part of a name ("Arab Spring", "Spring Festival"). */
function insideName(text: string, start: number, end: number, name: string): boolean {
  if (!/^[A-Z]/.test(name)) return false;
  return /[A-Z][a-z]*\s+$/.test(text.slice(Math.max(0, start - 20), start)) || /^\s+[A-Z]/.test(text.slice(end, end + 3));
}

/**
 * The year in which the season meant starts (months as year * 12 + month - 1 to compare):
 * "this": the one under way at the reference date, else the one of the reference's year; "last":
 * the latest one over before the reference's month; "next": the first one starting after it;
 * without such a word the tense decides (past: the latest one begun by the reference, future:
 * the first one not yet over, neutral: as "this").
 */
function seasonYear(first: number, ref: string, how: string | Tense): number {
  const refYear = Number(ref.slice(0, 4));
  const now = refYear * 12 + Number(ref.slice(5, 7)) - 1;
  const startOf = (y: number): number => y * 12 + first - 1;
  const years = [refYear - 2, refYear - 1, refYear, refYear + 1];
  const current = years.find((y) => startOf(y) <= now && now <= startOf(y) + 2);
  switch (how) {
    case 'last':
      return years.filter((y) => startOf(y) + 2 < now).pop()!;
    case 'next':
      return years.find((y) => startOf(y) > now)!;
    case 'past':
      return years.filter((y) => startOf(y) <= now).pop()!;
    case 'future':
      return years.find((y) => startOf(y) + 2 >= now)!;
    default:
      return current ?? refYear;
  }
}
