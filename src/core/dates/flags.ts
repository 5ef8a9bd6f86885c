/**
 * Consistency checks that run once every mention of the article is resolved:
 * - weekday-mismatch: "Monday, January 7, 2020" when January 7, 2020 was a Tuesday;
 * - after-reference-date: a date after the reference date in a past-tense clause;
 * - far-from-reference: a month-day written without a year that lands more than 60 days from the
 *   reference date and from every other day of the article (typically a garbled month:
 *   "June 7" in a story whose other dates are all early January);
 * - far-from-reference, for a written year: a full date a decade off the article's own years
 *   ("January 6, 2010" in a story of January 2020 that names no other date near 2010: translation
 *   can turn 2020 into 2010), and a month "last year" exactly a year before the month that every
 *   recent day of the article falls in, when nothing else is near it ("September 5 last year" in a
 *   story of September days).
 */
import type { ScanContext } from './context';
import { compareToReference, daysBetween, daysInMonth, epochDays, formatYMD, humanDate, isValidIsoValue, weekdayOf, WEEKDAY_NAMES } from './iso';
import { nearestWithWeekday } from './resolve';
import type { Candidate } from './types';

/**
 * A yearless day this many days or more from the reference and from every other day is questioned.
 * Six weeks rather than two months: a garbled month is at least one month off, and yearless dates
 * in news are the story's own days (background dates carry a year or say "last month").
 */
export const FAR_DAYS = 45;
/** Words that make a date explicitly future even inside a past-tense sentence. */
const FUTURE_WORDS_RE = /\b(?:next|tomorrow|coming|following)\b/i;

/** Every check; `far: false` leaves the article-wide far-from-reference check to `applyFarFlags`. */
export function applyFlags(ctx: ScanContext, mentions: Candidate[], far = true): void {
  pairWeekdays(ctx.text, mentions);
  for (const c of mentions) checkWeekday(c);
  if (!ctx.ref) return;
  for (const c of mentions) checkAfterReference(ctx, c, ctx.ref);
  if (far) applyFarFlags(mentions, ctx.ref);
}

/**
 * The far-from-reference check over every date of the article (the last check: a text analysed
 * in pieces runs it once over all of them, with the same result as one pass).
 */
export function applyFarFlags(mentions: Candidate[], ref: string | null): void {
  if (!ref) return;
  flagYearOff(mentions, ref);
  const r = epochDays(ref)![0];
  // Only a yearless day far from the reference needs the supporters: most articles have none.
  let near: SupporterIndex | undefined;
  const far = mentions.filter((c) => farFromReference(c, r) && isFar(c, (near ??= supporterIndex(mentions))));
  if (!far.length) return;
  const months = recentMonths(mentions, new Set(far), r);
  for (const c of far) flagFar(c, months, ref);
}

/**
 * The months of the article's recent days: day-precise dates within FAR_DAYS of the reference
 * that are not far themselves ("December last year" is recent but says nothing about the day's
 * month). The same for every far date: computed once (per far date it was quadratic).
 */
function recentMonths(mentions: readonly Candidate[], far: ReadonlySet<Candidate>, r: number): Set<string> {
  const months = new Set<string>();
  for (const o of mentions) {
    if (o.value?.length === 10 && !far.has(o) && Math.abs(epochDays(o.value)![0] - r) < FAR_DAYS) months.add(o.value.slice(0, 7));
  }
  return months;
}

/** Rules whose year the writer gave (as digits, or as "last year"): the year-off checks question only those. */
const WRITTEN_YEAR_RULE_RE = /^(?:full-date|month-year)/;
/** Year differences that a garbled digit makes ("2020" read as "2010" or "2000"). */
const GARBLED_YEAR_STEPS = new Set([10, 20]);

/**
 * The year-off checks (see the header). Only a date with no other date of the article within a
 * year of it is questioned: a story that names 2010 twice, or the years around it, is about then.
 */
function flagYearOff(mentions: Candidate[], ref: string): void {
  const refYear = Number(ref.slice(0, 4));
  const suspects = mentions.filter((c) => c.value && ((WRITTEN_YEAR_RULE_RE.test(c.rule) && GARBLED_YEAR_STEPS.has(Math.abs(yearOf(c) - refYear))) || isMonthLastYear(c)));
  if (!suspects.length) return;
  // How many dates of the article fall in each year: "is another date near it" is then a lookup.
  const perYear = new Map<number, number>();
  for (const o of mentions) if (o.value) perYear.set(yearOf(o), (perYear.get(yearOf(o)) ?? 0) + 1);
  const others = (y: number, c: Candidate): number => (perYear.get(y) ?? 0) - (yearOf(c) === y ? 1 : 0);
  const r = epochDays(ref)![0];
  let months: Set<string> | undefined;
  for (const c of suspects) {
    const y = yearOf(c);
    if (isMonthLastYear(c)) {
      if (others(y, c) > 0) continue;
      months ??= recentMonths(mentions, new Set(), r);
      const [month] = [...months];
      if (months.size !== 1 || month !== `${y + 1}${c.value!.slice(4, 7)}`) continue;
      const likely = `${y + 1}${c.value!.slice(4)}`;
      addFlag(c, 'far-from-reference', isValidIsoValue(likely) ? likely : null,
        `${c.text} (read as ${humanDate(c.value!)}) is a year before ${humanDate(month!)}, the month of every other recent day in this article, and no other date is near it; "this year" may have been meant (${humanDate(likely)}?).`);
      continue;
    }
    if (others(y - 1, c) + others(y, c) + others(y + 1, c) > 0) continue;
    const moved = `${refYear}${c.value!.slice(4)}`;
    const days = epochDays(moved);
    if (!days || Math.max(days[0] - r, r - days[1], 0) >= FAR_DAYS) continue;
    addFlag(c, 'far-from-reference', moved,
      `${c.text} (read as ${humanDate(c.value!)}) is ${Math.abs(y - refYear)} years from the reference date and no other date in this article is near ${y}; in ${refYear} it would be close to the reference date: the year may be garbled (${humanDate(moved)}?).`);
  }
}

const yearOf = (c: Candidate): number => Number(c.value!.slice(0, 4));

/** "September last year", "September 5 last year". */
const isMonthLastYear = (c: Candidate): boolean => c.rule === 'month-relative-year' && /\blast\s+year$/i.test(c.text);

function addFlag(c: Candidate, flag: Candidate['flags'][number], likely: string | null, reason: string): void {
  if (c.flags.includes(flag)) return;
  c.flags.push(flag);
  if (c.likelyValue === undefined || c.likelyValue === null) c.likelyValue = likely;
  c.reason = c.reason ? `${c.reason} ${reason}` : reason;
}

/** Text allowed between a weekday and the date it names: "Monday (January 6)", "January 6 (Monday)". */
const PAIR_GAP_RE = /^\s*[,(]?\s*$/;

/** Gives a day-precise date the weekday written next to it in a separate mention. */
function pairWeekdays(text: string, mentions: Candidate[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!PAIR_GAP_RE.test(text.slice(a.end, b.start))) continue;
    const [day, wd] = a.rule.startsWith('weekday') ? [b, a] : b.rule.startsWith('weekday') ? [a, b] : [null, null];
    if (!day || !wd || day.statedWeekday !== undefined || !day.value || day.value.length !== 10) continue;
    const n = WEEKDAY_NAMES.findIndex((w) => wd.text.toLowerCase().includes(w.toLowerCase()));
    if (n >= 0) day.statedWeekday = n;
  }
}

function checkWeekday(c: Candidate): void {
  if (c.statedWeekday === undefined || !c.value || c.value.length !== 10) return;
  const actual = weekdayOf(c.value);
  if (actual === c.statedWeekday) return;
  const stated = WEEKDAY_NAMES[c.statedWeekday]!;
  const likely = nearestWithWeekday(c.value, c.statedWeekday);
  addFlag(c, 'weekday-mismatch', likely,
    `${humanDate(c.value)} was a ${WEEKDAY_NAMES[actual]}, not a ${stated}; the nearest ${stated} is ${humanDate(likely)}.`);
}

function checkAfterReference(ctx: ScanContext, c: Candidate, ref: string): void {
  if (!c.value || compareToReference(c.value, ref) <= 0 || FUTURE_WORDS_RE.test(c.text)) return;
  if (ctx.tense(c.start, c.end) !== 'past') return;
  addFlag(c, 'after-reference-date', null,
    `${humanDate(c.value)} is after the reference date (${humanDate(ref)}), but the sentence speaks of the past.`);
}

/** Supporters' intervals as epoch days, sorted by start: a far-date check is then a short scan. */
interface SupporterIndex {
  spans: Array<{ c: Candidate; start: number; end: number }>;
}


function supporterIndex(mentions: readonly Candidate[]): SupporterIndex {
  const spans: SupporterIndex['spans'] = [];
  for (const c of mentions) {
    const span = supportSpan(c);
    if (span) spans.push(span);
  }
  return { spans: spans.sort((x, y) => x.start - y.start) };
}

/** The days a mention covers, as epoch days, if it can vouch for a yearless day: a day, or a month written without a year. */
function supportSpan(c: Candidate): SupporterIndex['spans'][number] | undefined {
  const v = c.value;
  if (v === null || !(v.length === 10 || (v.length === 7 && c.rule === 'month'))) return undefined;
  const days = epochDays(v);
  return days ? { c, start: days[0], end: days[1] } : undefined;
}

/** A yearless day FAR_DAYS or more from the reference, epoch day `r` (the first half of isFar's question). */
function farFromReference(c: Candidate, r: number): boolean {
  if (!c.yearless || !c.value) return false;
  const [s, e] = epochDays(c.value)!;
  return Math.max(s - r, r - e, 0) >= FAR_DAYS;
}

/** Whether a day far from the reference (farFromReference) is far from every supporter too (an interval scan, not a pass over all dates). */
function isFar(c: Candidate, near: SupporterIndex): boolean {
  const [s, e] = epochDays(c.value!)!;
  // Supporters start at most a month before they end: begin the scan there.
  let lo = 0;
  let hi = near.spans.length;
  const from = s - FAR_DAYS - 31;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (near.spans[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < near.spans.length && near.spans[i].start < e + FAR_DAYS; i++) {
    const o = near.spans[i];
    if (o.c !== c && o.end > s - FAR_DAYS) return false;
  }
  return true;
}

/**
 * likelyValue: when every recent day of the article (`months`: see recentMonths) falls in one
 * month, the same day in that month is the likely meaning (a garbled month name); otherwise none.
 */
function flagFar(c: Candidate, months: ReadonlySet<string>, ref: string): void {
  const days = Math.abs(daysBetween(ref, c.value!));
  let reason = `${c.text} (read as ${humanDate(c.value!)}) is ${days} days from the reference date and at least ${FAR_DAYS} days from every other day in this article`;
  let likely: string | null = null;
  if (months.size === 1) {
    const [month] = [...months];
    const y = Number(month!.slice(0, 4));
    const m = Number(month!.slice(5, 7));
    const day = Number(c.value!.slice(8, 10));
    reason += `, whose other recent dates are all in ${humanDate(month!)}`;
    if (day <= daysInMonth(y, m)) {
      likely = formatYMD(y, m, day);
      reason += `; the month may be garbled (${humanDate(likely)}?)`;
    }
  }
  addFlag(c, 'far-from-reference', likely, `${reason}.`);
}
