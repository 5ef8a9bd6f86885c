/**
 * Calendar arithmetic on ISO strings, in UTC so that no time zone or DST can move a day.
 * Values are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
 */
import { Memo } from '../memo';

export interface YMD {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month m (1-12) of year y, proleptic Gregorian. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

// Dates are checked and parsed for every candidate of every article: by character codes, no
// regex and no Date objects.

/** The number written by the `width` ASCII digits at `at`, or -1. */
function digitsAt(s: string, at: number, width: number): number {
  let n = 0;
  for (let i = at; i < at + width; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' split into numbers (0 for a part not given), or null. */
function isoParts(s: string): YMD | null {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return null;
  const y = digitsAt(s, 0, 4);
  if (y < 0) return null;
  if (n === 4) return { y, m: 0, d: 0 };
  const m = s.charCodeAt(4) === 45 ? digitsAt(s, 5, 2) : -1;
  if (m < 0) return null;
  if (n === 7) return { y, m, d: 0 };
  const d = s.charCodeAt(7) === 45 ? digitsAt(s, 8, 2) : -1;
  return d < 0 ? null : { y, m, d };
}

/** Days from 1970-01-01 to y-m-d (m 1-12), proleptic Gregorian (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** True for a real calendar value in any of the three precisions ('2020', '2020-02', '2020-02-29'). */
export function isValidIsoValue(s: string): boolean {
  const p = isoParts(s);
  if (!p) return false;
  if (s.length === 4) return true;
  if (p.m < 1 || p.m > 12) return false;
  return s.length === 7 || (p.d >= 1 && p.d <= daysInMonth(p.y, p.m));
}

/**
 * True for a real full date 'YYYY-MM-DD' ('2020-02-30' and '2020-1-5' are false): what a
 * reference date must be.
 */
export function isValidIsoDate(s: string): boolean {
  return s.length === 10 && isValidIsoValue(s);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatYMD(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatYM(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Parses a full 'YYYY-MM-DD' (null for other precisions or invalid dates). */
export function parseYMD(s: string): YMD | null {
  return isValidIsoDate(s) ? isoParts(s) : null;
}

const toEpochDay = (p: YMD): number => daysFromCivil(p.y, p.m, p.d);

function fromEpochDay(n: number): string {
  const d = new Date(n * 86_400_000);
  return formatYMD(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, n: number): string {
  const p = parseYMD(iso);
  if (!p) throw new Error(`not a full date: ${iso}`);
  return fromEpochDay(toEpochDay(p) + n);
}

/** Signed whole days from a to b (both full dates). */
export function daysBetween(a: string, b: string): number {
  const pa = parseYMD(a);
  const pb = parseYMD(b);
  if (!pa || !pb) throw new Error(`not full dates: ${a} ${b}`);
  return toEpochDay(pb) - toEpochDay(pa);
}

/** 0 = Sunday ... 6 = Saturday (as Date.getUTCDay). */
export function weekdayOf(iso: string): number {
  const p = parseYMD(iso);
  if (!p) throw new Error(`not a full date: ${iso}`);
  return (((toEpochDay(p) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Month arithmetic: (2020, 1) + (-1) = (2019, 12). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

// An article's dates repeat a few hundred values, and the far-date check over every date runs
// again when an edit changes one: each value is parsed once.
const daysByValue = new Memo<readonly [number, number] | null>(daysCovered, 10_000);

/** First and last epoch day covered by a value of any precision ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'); null when invalid. */
export const epochDays = (value: string): readonly [number, number] | null => daysByValue.get(value);

function daysCovered(value: string): readonly [number, number] | null {
  if (!isValidIsoValue(value)) return null;
  const { y, m, d } = isoParts(value)!;
  if (d) {
    const day = daysFromCivil(y, m, d);
    return [day, day];
  }
  if (m) return [daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m))];
  return [daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)];
}

/**
 * Compares a value of any precision with a full reference date at the value's own precision:
 * '2020-01' vs '2020-01-08' is 0 (same month), '2020-02' is 1.
 */
export function compareToReference(value: string, ref: string): number {
  const n = value.length;
  const a = value;
  const b = ref.slice(0, n);
  return a < b ? -1 : a > b ? 1 : 0;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "January 7, 2020" / "June 2015" / "2019": how the hover and reasons spell a value. */
export function humanDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (m === undefined) return y ?? value;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  if (d === undefined) return `${month} ${y}`;
  return `${month} ${Number(d)}, ${y}`;
}
