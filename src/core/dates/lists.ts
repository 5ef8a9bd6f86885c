/**
 * Lists of days that share one month name: "January 9 and 10", "November 12, 13 and 14",
 * "9 and 10 December", "5, 6 and 7 March 2020". chrono reads the day next to the month name;
 * every other day of the list is a date of its own (each is annotated), in the same month and
 * year. "between 9 and 10 December" is a range: the month-day is widened to take its first day.
 *
 * Only the few characters next to each month-day are read, so the cost stays linear.
 */
import { candidate, type ScanContext } from './context';
import { formatYMD, isValidIsoDate } from './iso';
import type { Candidate } from './types';
import { quantityFollows } from './years';

/** Days after a month-day: ", 13 and 14", " and 10", "-and-". Group 1: the joiner, 2: the day. */
const NEXT_DAY_RE = /^(\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+))(\d{1,2})(?:st|nd|rd|th)?\b/i;
/** A month name after the last number: that number begins a date of its own ("January 9 and 10 March"). */
const MONTH_AFTER_RE = /^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
/** Days before a day-first month-day: "9 and ", "5, 6 and ", "between 9 and ". Group 1: "between", 2: the days. */
const DAYS_BEFORE_RE = /(?:\b(between|from)\s+)?(?<![\d,.]\s?)\b((?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*\d{1,2}(?:st|nd|rd|th)?)\s*,?\s*(?:and|&)\s+$/i;
/** How far a list may reach from its month-day. */
const REACH = 48;

/** The other days of the lists that the month-days of `dates` belong to. */
export function findDayLists(ctx: ScanContext, dates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of dates) {
    if (!isSingleDay(c)) continue;
    if (/^\d/.test(c.text)) out.push(...daysBefore(ctx, c));
    else out.push(...daysAfter(ctx, c));
  }
  return out;
}

/** A month-day or full date of one day (not a range, not a weekday). */
function isSingleDay(c: Candidate): boolean {
  return (c.rule === 'month-day' || c.rule === 'full-date') && c.endValue === undefined && c.value !== null && c.value.length === 10;
}

/** "January 9 and 10": the later days, each in the month and year of the first. */
function daysAfter(ctx: ScanContext, first: Candidate): Candidate[] {
  const t = ctx.text;
  const found: Array<{ start: number; end: number; day: number }> = [];
  let pos = first.end;
  for (let m = NEXT_DAY_RE.exec(t.slice(pos, pos + REACH)); m; m = NEXT_DAY_RE.exec(t.slice(pos, pos + REACH))) {
    const start = pos + m[1]!.length;
    found.push({ start, end: pos + m[0].length, day: Number(m[2]) });
    pos += m[0].length;
  }
  // A number followed by a month name or a counted noun is another date or a count ("January 9
  // and 10 people"), not a day of this list.
  if (!found.length || MONTH_AFTER_RE.test(t.slice(pos, pos + 12)) || quantityFollows(t, pos)) return [];
  const firstDay = Number(first.value!.slice(8, 10));
  if (!found.every((d, i) => d.day > (i ? found[i - 1]!.day : firstDay))) return [];
  return found.map((d) => sameMonth(ctx, first, d.start, d.end, d.day)).filter((c): c is Candidate => c !== null);
}

/** "9 and 10 December": the earlier days; after "between", one range from the first day instead. */
function daysBefore(ctx: ScanContext, last: Candidate): Candidate[] {
  const t = ctx.text;
  const from = Math.max(0, last.start - REACH);
  const m = DAYS_BEFORE_RE.exec(t.slice(from, last.start));
  if (!m) return [];
  const lastDay = Number(last.value!.slice(8, 10));
  const listStart = from + m.index + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : m[0].indexOf(m[2]!));
  const days: Array<{ start: number; end: number; day: number }> = [];
  for (const d of m[2]!.matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)) {
    const start = listStart + d.index;
    days.push({ start, end: start + d[0].length, day: parseInt(d[0], 10) });
  }
  if (!days.every((d, i) => d.day < (i + 1 < days.length ? days[i + 1]!.day : lastDay))) return [];
  if (m[1] && days.length === 1) {
    // "between 9 and 10 December": one range from the 9th to the 10th.
    const range = sameMonth(ctx, last, days[0]!.start, last.end, days[0]!.day);
    if (!range) return [];
    range.endValue = last.value;
    range.rule = `${last.rule}-range`;
    range.priority = 2;
    return [range];
  }
  return days.map((d) => sameMonth(ctx, last, d.start, d.end, d.day)).filter((c): c is Candidate => c !== null);
}

/** The day `day` of `anchor`'s month and year, spanning [start, end). */
function sameMonth(ctx: ScanContext, anchor: Candidate, start: number, end: number, day: number): Candidate | null {
  const value = formatYMD(Number(anchor.value!.slice(0, 4)), Number(anchor.value!.slice(5, 7)), day);
  if (!isValidIsoDate(value)) return null;
  return candidate(ctx, start, end, value, `${anchor.rule}-list`, { priority: anchor.priority, ...(anchor.yearless ? { yearless: true } : {}) });
}
