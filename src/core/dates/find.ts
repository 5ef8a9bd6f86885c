/**
 * findDates: runs every extractor, keeps the longest of overlapping candidates ("December last
 * year" beats "December" and "last year"), then flags inconsistent dates.
 */
import { findCalendarDates, findCalendarDays, findCalendarYears, findEraYears } from './calendars';
import { findNumericDates } from './numeric-dates';
import { findOffsetYears } from './offset-years';
import { findLunarDays } from './lunar-dates';
import { findAbsoluteDates } from './absolute';
import { makeContext } from './context';
import { applyFarFlags, applyFlags } from './flags';
import { isValidIsoDate } from './iso';
import { datelineBefore } from './reference';
import { findDayLists } from './lists';
import { findMonths, lastMonthsOfLastYear, marksThisYear } from './months';
import { findOrdinalDays } from './ordinals';
import { findRelativeDates } from './relative';
import type { ArticleDateFacts, Candidate, DateMention, FindDatesOptions } from './types';
import { findYears } from './years';
import { findSeasons } from './seasons';
import { findQuarters } from './quarters';

/**
 * All dates of `text`, sorted and non-overlapping. `referenceDate` must be a full 'YYYY-MM-DD'
 * (anything else counts as no reference: relative dates then get value null).
 */
export function findDates(text: string, referenceDate: string | null, options: FindDatesOptions = {}): DateMention[] {
  const ref = referenceDate && isValidIsoDate(referenceDate) ? referenceDate : null;
  const article = options.article ?? articleDateFacts(text, ref);
  const ctx = makeContext(text, ref, article.datelineDay ?? ref);
  const absolute = findAbsoluteDates(ctx);
  const all = [
    ...absolute,
    ...findDayLists(ctx, absolute),
    ...findRelativeDates(ctx),
    ...findMonths(ctx),
    ...findYears(ctx),
    ...findSeasons(ctx),
    ...findQuarters(ctx),
    ...findOrdinalDays(ctx, options.nameEnds),
    ...findCalendarDates(ctx),
    ...findCalendarYears(ctx),
    ...findCalendarDays(ctx),
    ...findNumericDates(ctx),
    ...findEraYears(ctx),
    ...findOffsetYears(ctx),
    ...findLunarDays(ctx),
  ];
  lastMonthsOfLastYear(all, ref, article.marksThisYear);
  const kept = resolveOverlaps(all.filter((c) => !insideName(text, c, options.nameEnds)));
  applyFlags(ctx, kept, options.farCheck !== false);
  return kept.map(toMention);
}

/**
 * The facts of the whole article `text` that its dates depend on (ArticleDateFacts): for a piece
 * of an article, compute them on the article and pass them in `options.article`. The dateline is
 * read in the head; `known.marksThisYear`, when given (counted by an earlier pass), saves the
 * search of the whole text.
 */
export function articleDateFacts(text: string, referenceDate: string | null, known?: { marksThisYear: boolean }): ArticleDateFacts {
  const ref = referenceDate && isValidIsoDate(referenceDate) ? referenceDate : null;
  return { datelineDay: ref && datelineBefore(text, ref), marksThisYear: known ? known.marksThisYear : marksThisYear(text) };
}

/** What the far-from-reference check adds to one date: the likely meaning and the reason. */
export interface FarVerdict {
  likely: string | null;
  reason: string;
}

/**
 * The far-from-reference check over the dates of a whole article found piece by piece or
 * paragraph by paragraph (each with `farCheck: false`): the verdict for each of `dates` (the
 * article's dates in text order) that one pass would flag, by index. A month-day's year was
 * guessed exactly when its rule is a month-day rule.
 */
export function farVerdicts(dates: ReadonlyArray<{ start: number; end: number; text: string; value?: string | null; rule?: string }>, referenceDate: string | null): Map<number, FarVerdict> {
  const verdicts = new Map<number, FarVerdict>();
  if (!referenceDate || !isValidIsoDate(referenceDate)) return verdicts;
  // Field by field, not by spread: this runs over every date of a long article at once. Without
  // their own flags, each date's flags, likely value and reason come from this check alone.
  const candidates: Candidate[] = dates.map((d) => ({
    start: d.start, end: d.end, text: d.text, value: d.value ?? null, flags: [], rule: d.rule ?? '', priority: 0, yearless: (d.rule ?? '').startsWith('month-day'),
  }));
  applyFarFlags(candidates, referenceDate);
  candidates.forEach((c, i) => {
    if (c.flags.length) verdicts.set(i, { likely: c.likelyValue ?? null, reason: c.reason! });
  });
  return verdicts;
}

/** "according to Russia today": an outlet name written in lower case. */
const OUTLET_TODAY_RE = /\b[Aa]ccording\s+to\s+(?:the\s+)?[A-Z][A-Za-z]*\s+$/;

/**
 * A date whose last character ends a detected name is part of that name ("Russia Today",
 * "USA Today"): not a date. Without a name detector, "according to <Name> today" is read the same.
 */
function insideName(text: string, c: Candidate, nameEnds?: ReadonlySet<number>): boolean {
  // A month of another calendar ends "12 Mordad": the name a detector saw in it is the month's (see Analyzer.annotate).
  if (nameEnds?.has(c.end)) return !c.rule.startsWith('calendar-');
  return c.text.toLowerCase() === 'today' && OUTLET_TODAY_RE.test(text.slice(Math.max(0, c.start - 40), c.start));
}

/**
 * Greedy: longest span first, then priority, then earliest; drop anything overlapping a kept one.
 * Only candidates that overlap can exclude one another: the greedy runs per group of chained
 * overlaps (in text order), which keeps it linear on long documents with the same result.
 */
export function resolveOverlaps(all: Candidate[]): Candidate[] {
  const byStart = all.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  for (let i = 0; i < byStart.length; ) {
    let j = i + 1;
    for (let end = byStart[i].end; j < byStart.length && byStart[j].start < end; j++) end = Math.max(end, byStart[j].end);
    for (const c of resolveGroup(byStart.slice(i, j))) kept.push(c);
    i = j;
  }
  return kept;
}

/** The greedy choice within one group of overlapping candidates, in text order. */
function resolveGroup(group: Candidate[]): Candidate[] {
  if (group.length === 1) return group;
  const order = group.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of order) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Drops the internal fields and empty optional ones. */
function toMention(c: Candidate): DateMention {
  const m: DateMention = { start: c.start, end: c.end, text: c.text, value: c.value, flags: c.flags, rule: c.rule };
  if (c.endValue !== undefined) m.endValue = c.endValue;
  if (c.flags.length > 0) {
    m.likelyValue = c.likelyValue ?? null;
    if (c.reason) m.reason = c.reason;
  }
  return m;
}
