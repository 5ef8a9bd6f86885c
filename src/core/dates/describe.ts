/** Hover text helpers: the weekday of a date and where it lies relative to the reference date. */
import { daysBetween, isValidIsoDate, isValidIsoValue, WEEKDAY_NAMES, weekdayOf } from './iso';

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

function relation(n: number, unit: string, same: string): string {
  if (n === 0) return same;
  return `${plural(Math.abs(n), unit)} ${n < 0 ? 'before' : 'after'} the reference date`;
}

/**
 * describeDate('2020-01-06', '2020-01-08') -> { weekday: 'Monday', relative: '2 days before the
 * reference date' }. Month and year values are compared at their own precision.
 */
export function describeDate(value: string, referenceDate: string | null): { weekday?: string; relative?: string } {
  const out: { weekday?: string; relative?: string } = {};
  if (!isValidIsoValue(value)) return out;
  if (value.length === 10) out.weekday = WEEKDAY_NAMES[weekdayOf(value)]!;
  if (!referenceDate || !isValidIsoDate(referenceDate)) return out;
  const ry = Number(referenceDate.slice(0, 4));
  const y = Number(value.slice(0, 4));
  if (value.length === 10) {
    out.relative = relation(daysBetween(referenceDate, value), 'day', 'the reference date');
  } else if (value.length === 7) {
    const n = (y - ry) * 12 + Number(value.slice(5, 7)) - Number(referenceDate.slice(5, 7));
    out.relative = relation(n, 'month', "the reference date's month");
  } else {
    out.relative = relation(y - ry, 'year', "the reference date's year");
  }
  return out;
}
