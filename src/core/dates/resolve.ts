/**
 * Turning partial dates into values against the reference date. News mostly reports the recent
 * past, so a yearless date is placed in the year that puts it just before the reference date,
 * unless the clause is in the future tense.
 */
import { addDays, addMonths, daysBetween, daysInMonth, formatYM, formatYMD, weekdayOf } from './iso';
import type { Tense } from './types';

/** How far after the reference a yearless date may fall and still keep the reference's year. */
const AFTER_TOLERANCE_DAYS: Record<Tense, number> = { past: 31, neutral: 90, future: Infinity };
/** How far before the reference a future-tense date may fall before it moves to next year. */
const FUTURE_BEFORE_TOLERANCE_DAYS = 7;

/** "June 7" -> 2019-06-07 or 2020-06-07 or 2021-06-07, whichever the tense makes likely. */
export function resolveMonthDay(month: number, day: number, ref: string, tense: Tense): string | null {
  const refYear = Number(ref.slice(0, 4));
  const candidates = [refYear - 1, refYear, refYear + 1]
    .filter((y) => day <= daysInMonth(y, month))
    .map((y) => formatYMD(y, month, day));
  if (candidates.length === 0) return null;
  if (tense === 'future') {
    return candidates.find((c) => daysBetween(ref, c) >= -FUTURE_BEFORE_TOLERANCE_DAYS) ?? null;
  }
  const tolerance = AFTER_TOLERANCE_DAYS[tense];
  const fitting = candidates.filter((c) => daysBetween(ref, c) <= tolerance);
  return fitting[fitting.length - 1] ?? null;
}

/** "in March" without a year -> 'YYYY-MM', with the same year logic at month precision. */
export function resolveMonth(month: number, ref: string, tense: Tense): string {
  const refYear = Number(ref.slice(0, 4));
  const refMonth = Number(ref.slice(5, 7));
  const diff = month - refMonth; // months after the reference month, same year
  if (tense === 'future') return formatYM(diff < 0 ? refYear + 1 : refYear, month);
  const limit = tense === 'past' ? 1 : 3;
  return formatYM(diff > limit ? refYear - 1 : refYear, month);
}

/**
 * A weekday: the most recent one on or before the reference date (news reports what happened
 * "on Monday"), or the first one on or after it when the clause speaks of the future ("will
 * return on Friday" written on a Friday is that day). "next"/"last" exclude the reference day.
 */
export type WeekdayDirection = 'past' | 'future' | 'strict-past' | 'strict-future';

export function resolveWeekday(weekday: number, ref: string, direction: WeekdayDirection): string {
  const refDow = weekdayOf(ref);
  if (direction === 'future' || direction === 'strict-future') {
    const fwd = (weekday - refDow + 7) % 7;
    return addDays(ref, direction === 'strict-future' && fwd === 0 ? 7 : fwd);
  }
  const back = (refDow - weekday + 7) % 7;
  return addDays(ref, direction === 'strict-past' && back === 0 ? -7 : -back);
}

/** In a clause without tense cues, a day up to this far after the reference is read as coming. */
const NEAR_FUTURE_DAYS = 7;

/**
 * A bare day of month ("on the 5th", "Haftar 6,"): the reference month, or the previous month
 * when that day is still to come. Exceptions: a future clause takes the next month when the day
 * has passed; a clause without tense cues ("ministers are meeting on the 17th") keeps a day
 * within NEAR_FUTURE_DAYS after the reference in the reference month.
 * Null when the month has no such day (a "31st" before a 30-day month).
 */
export function resolveBareDay(day: number, ref: string, tense: Tense): string | null {
  const y = Number(ref.slice(0, 4));
  const m = Number(ref.slice(5, 7));
  const refDay = Number(ref.slice(8, 10));
  let shift = 0;
  if (tense === 'future') shift = day < refDay ? 1 : 0;
  else if (tense === 'neutral') shift = day - refDay > NEAR_FUTURE_DAYS ? -1 : 0;
  else shift = day > refDay ? -1 : 0;
  const t = addMonths(y, m, shift);
  return day <= daysInMonth(t.y, t.m) ? formatYMD(t.y, t.m, day) : null;
}

/** The nearest date to `iso` that falls on `weekday` (ties go to the earlier date). */
export function nearestWithWeekday(iso: string, weekday: number): string {
  const dow = weekdayOf(iso);
  const back = (dow - weekday + 7) % 7;
  const fwd = (weekday - dow + 7) % 7;
  return back <= fwd ? addDays(iso, -back) : addDays(iso, fwd);
}
