/**
 * Years counted from another epoch, in the Gregorian calendar's months and days: the Buddhist Era
 * of Thailand (2567 BE is 2024) and the Minguo years of Taiwan (the Republic of China's year 113
 * is 2024). A translation from Thai keeps the era's year in a full date ("15 January 2567"); one
 * from Chinese of a Taiwanese text names the Minguo year ("ROC 113", "the 113th year of the
 * Republic of China"). Each is read as its Gregorian day, month or year.
 *
 * The offsets come from the runtime's calendar data (ICU's buddhist and roc calendars, through
 * Intl.DateTimeFormat, in Node and in browsers alike); where a runtime lacks one, it is not read.
 * A year of the Buddhist Era is taken with its era mark ("B.E. 2567", "2567 BE", "Buddhist Era
 * 2567"), or unmarked in a full date or after a month only when the year it stands for is near
 * the reference date: no news date is five centuries ahead, so "15 January 2567" in an article of
 * 2024 is no date of the year 2567.
 */
import { candidate, type ScanContext } from './context';
import type { Candidate } from './types';
import { formatYMD, isValidIsoDate, MONTH_NAMES } from './iso';

let offsets: { buddhist?: number; roc?: number } | undefined;

/** Era year minus Gregorian year of each calendar, from ICU (undefined where the runtime lacks it). */
function eraOffsets(): { buddhist?: number; roc?: number } {
  if (offsets) return offsets;
  const offsetOf = (id: string): number | undefined => {
    try {
      const f = new Intl.DateTimeFormat(`en-u-ca-${id}`, { timeZone: 'UTC', year: 'numeric' });
      if (f.resolvedOptions().calendar !== id) return undefined;
      const year = Number(f.formatToParts(new Date(Date.UTC(2000, 6, 1))).find((p) => p.type === 'year')?.value);
      return Number.isFinite(year) ? year - 2000 : undefined;
    } catch {
      return undefined;
    }
  };
  offsets = { buddhist: offsetOf('buddhist'), roc: offsetOf('roc') };
  return offsets;
}

const MONTHS = MONTH_NAMES.join('|');
const BE_MARK = String.raw`(?:B\.\s?E\.|BE(?![\p{L}\p{N}])|Buddhist\s+(?:Era|era|year|calendar)(?:\s+year)?)`;
const BE_YEAR = String.raw`(2[4-6]\d\d)`;
// Groups: 1 day, 2 month (day first) | 3 month, 4 day (month first); 5 a mark before the year,
// 6 the year, 7 a mark after it.
const BE_DATE = new RegExp(String.raw`\b(?:(\d{1,2})\s+(${MONTHS})|(${MONTHS})\s+(\d{1,2}),?)\s+(${BE_MARK}\s*)?${BE_YEAR}\b(\s*${BE_MARK})?`, 'gu');
// Groups: 1 month, 2 a mark before the year, 3 the year, 4 a mark after it.
const BE_MONTH = new RegExp(String.raw`\b(${MONTHS})\s+(${BE_MARK}\s*)?${BE_YEAR}\b(\s*${BE_MARK})?`, 'gu');
// Groups: 1 the year after its mark | 2 the year before its mark.
const BE_YEAR_MARKED = new RegExp(String.raw`\b(?:${BE_MARK}\s*${BE_YEAR}\b|${BE_YEAR}\s*${BE_MARK})`, 'gu');
const BE_YEAR_NUMBER = /\b2[4-6]\d\d\b/g;

// "ROC 113", "Minguo 113", "the ROC year 113", "Republic of China year 113", "the 113th year of
// the Republic (of China)", "year 113 of the Republic of China". Groups: 1 | 2 | 3 the year.
const ROC_YEAR =
  /\b(?:(?:(?:ROC|R\.O\.C\.|Minguo|Min-guo)\s+(?:year\s+)?|Republic of China\s+year\s+)(\d{1,3})\b|(\d{1,3})(?:st|nd|rd|th)\s+year\s+of\s+the\s+Republic(?:\s+of\s+China)?\b|year\s+(\d{1,3})\s+of\s+the\s+Republic\s+of\s+China\b)/gu;
const HAS_ROC = /ROC|R\.O\.C\.|Minguo|Min-guo|Republic/;

/** Dates and years of the Buddhist Era and of the Republic of China's Minguo years. */
export function findOffsetYears(ctx: ScanContext): Candidate[] {
  return [...findBuddhistEra(ctx), ...findMinguoYears(ctx)];
}

/** The Gregorian year of Buddhist Era year `be`, if it may be read: marked, or near the reference year. */
function buddhistYear(ctx: ScanContext, be: number, marked: boolean): number | undefined {
  const offset = eraOffsets().buddhist;
  if (offset === undefined) return undefined;
  const year = be - offset;
  if (marked) return year;
  const ref = ctx.ref ? Number(ctx.ref.slice(0, 4)) : undefined;
  return ref !== undefined && year >= ref - 30 && year <= ref + 5 ? year : undefined;
}

const monthOf = (name: string): number => MONTH_NAMES.findIndex((n) => n === name) + 1;

function findBuddhistEra(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  // Read only around the era's year numbers (few in any text; a long text has many other words).
  for (const [from, to] of windowsAround(ctx.text, BE_YEAR_NUMBER, 40)) {
    const t = ctx.text.slice(from, to);
    for (const m of t.matchAll(BE_DATE)) {
      const year = buddhistYear(ctx, Number(m[6]), !!(m[5] || m[7]));
      const value = year && formatYMD(year, monthOf(m[2] ?? m[3]), Number(m[1] ?? m[4]));
      if (value && isValidIsoDate(value)) out.push(candidate(ctx, from + m.index, from + m.index + m[0].length, value, 'calendar-buddhist-era-day', { priority: 3 }));
    }
    for (const m of t.matchAll(BE_MONTH)) {
      const year = buddhistYear(ctx, Number(m[3]), !!(m[2] || m[4]));
      if (year) out.push(candidate(ctx, from + m.index, from + m.index + m[0].length, `${year}-${String(monthOf(m[1])).padStart(2, '0')}`, 'calendar-buddhist-era-month', { priority: 3 }));
    }
    for (const m of t.matchAll(BE_YEAR_MARKED)) {
      const year = buddhistYear(ctx, Number(m[1] ?? m[2]), true);
      if (year) out.push(candidate(ctx, from + m.index, from + m.index + m[0].length, String(year), 'calendar-buddhist-era', { priority: 3 }));
    }
  }
  return out;
}

/** Ranges of `text` reaching `margin` characters either side of each match of `pattern` (global), merged where they meet. */
function windowsAround(text: string, pattern: RegExp, margin: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(pattern)) {
    const from = Math.max(0, m.index - margin);
    const to = Math.min(text.length, m.index + m[0].length + margin);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

function findMinguoYears(ctx: ScanContext): Candidate[] {
  const t = ctx.text;
  const offset = eraOffsets().roc;
  if (offset === undefined || !HAS_ROC.test(t)) return [];
  const out: Candidate[] = [];
  const latest = (ctx.ref ? Number(ctx.ref.slice(0, 4)) : new Date().getUTCFullYear()) + 1;
  for (const m of t.matchAll(ROC_YEAR)) {
    const year = Number(m[1] ?? m[2] ?? m[3]) - offset;
    // Year 1 of the Republic is 1912; a later number is no year of it.
    if (year >= 1912 && year <= latest) out.push(candidate(ctx, m.index, m.index + m[0].length, String(year), 'calendar-minguo', { priority: 3 }));
  }
  return out;
}
