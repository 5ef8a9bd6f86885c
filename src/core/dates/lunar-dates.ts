/**
 * Days of the Chinese lunar calendar as translations from Chinese write them: "the 15th day of
 * the first lunar month" (正月十五, the Lantern Festival), "the eighth day of the twelfth month of
 * the lunar calendar" (腊月初八). Chinese news dates festivals, holidays and travel seasons so,
 * without the year: the day is the one nearest the reference date by the clause's tense, as for
 * the other calendars' days without a year (calendars.ts). The conversion is the runtime's
 * Chinese calendar (ICU, through Intl.DateTimeFormat, in Node and browsers alike); a runtime
 * without it reads none. Only with the word "lunar": "the 15th day of the first month" is no date
 * of any calendar in particular.
 */
import { candidate, type ScanContext } from './context';
import type { Candidate, Tense } from './types';

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const TENS = ['twenty', 'thirty'];

/** An ordinal as a number: "15th", "fifteenth", "twenty-third", "thirtieth" (undefined if none). */
function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const k = ORDINAL_WORDS.indexOf(w);
  if (k >= 0) return k + 1;
  if (w === 'thirtieth') return 30;
  const compound = /^(twenty|thirty)[- ](\w+)$/.exec(w);
  const unit = compound ? ORDINAL_WORDS.indexOf(compound[2]) + 1 : 0;
  return compound && unit >= 1 && unit <= 9 ? (TENS.indexOf(compound[1]) + 2) * 10 + unit : undefined;
}

const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|${ORDINAL_WORDS.join('|')})`;
// "the 15th day of the first lunar month", "the 8th of the 12th month of the lunar calendar",
// "the fifth day of the fifth month in the Chinese lunar calendar". Groups: 1 day, 2 month.
const LUNAR_DAY = new RegExp(
  `\\b(?:the\\s+)?(${ORDINAL})\\s+(?:day\\s+)?of\\s+the\\s+(${ORDINAL})\\s+(?:(?:Chinese\\s+)?lunar\\s+month|month\\s+(?:of|in|on)\\s+the\\s+(?:Chinese\\s+|traditional\\s+)?lunar\\s+calendar)\\b`,
  'gi',
);
const HAS_LUNAR = /\blunar\b/i;

const DAY_MS = 86_400_000;
let format: Intl.DateTimeFormat | null | undefined;

/** The runtime's Chinese calendar, or null. */
function chineseCalendar(): Intl.DateTimeFormat | null {
  if (format !== undefined) return format;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    format = f.resolvedOptions().calendar === 'chinese' ? f : null;
  } catch {
    format = null;
  }
  return format;
}

/** The lunar year (the Gregorian year it begins in), month ("2bis" for a leap month) and day of a day. */
function lunarParts(f: Intl.DateTimeFormat, ms: number): { year: number; month: string; day: number } {
  const out = { year: 0, month: '', day: 0 };
  for (const p of f.formatToParts(new Date(ms))) {
    // "relatedYear" (the Gregorian year the lunar year begins in) is newer than TypeScript's part types.
    const type: string = p.type;
    if (type === 'relatedYear' || type === 'year') out.year = Number(p.value) || out.year;
    else if (type === 'month') out.month = p.value;
    else if (type === 'day') out.day = Number(p.value);
  }
  return out;
}

/** The Gregorian day (ISO) of day `day` of lunar month `month` (not a leap month) of lunar year `year`. */
function gregorian(f: Intl.DateTimeFormat, year: number, month: number, day: number): string | undefined {
  // A lunar year begins between 21 January and 20 February; a month is 29 or 30 days.
  const guess = Date.UTC(year, 0, 21) + Math.round((month - 1) * 29.53 + day + 14) * DAY_MS;
  for (let off = 0; off <= 30; off++) {
    for (const at of off ? [guess - off * DAY_MS, guess + off * DAY_MS] : [guess]) {
      const p = lunarParts(f, at);
      if (p.year === year && p.month === String(month) && p.day === day) return new Date(at).toISOString().slice(0, 10);
    }
  }
  return undefined;
}

/** The day in the lunar year before, of or after the reference date's: by tense, else the nearest. */
function nearest(f: Intl.DateTimeFormat, month: number, day: number, ref: number, tense: Tense): string | undefined {
  const year = lunarParts(f, ref).year;
  const days = [year - 1, year, year + 1].map((y) => gregorian(f, y, month, day)).filter((d): d is string => d !== undefined);
  if (tense === 'past') return days.filter((d) => Date.parse(d) <= ref).pop();
  if (tense === 'future') return days.find((d) => Date.parse(d) >= ref);
  return days.sort((a, b) => Math.abs(Date.parse(a) - ref) - Math.abs(Date.parse(b) - ref))[0];
}

export function findLunarDays(ctx: ScanContext): Candidate[] {
  if (!ctx.ref || !HAS_LUNAR.test(ctx.text)) return [];
  const f = chineseCalendar();
  if (!f) return [];
  const ref = Date.parse(ctx.ref);
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(LUNAR_DAY)) {
    const day = ordinalValue(m[1]);
    const month = ordinalValue(m[2]);
    if (!day || !month || day > 30 || month > 12) continue;
    const value = nearest(f, month, day, ref, ctx.tense(m.index, m.index + m[0].length));
    if (value) out.push(candidate(ctx, m.index, m.index + m[0].length, value, 'calendar-chinese-lunar-day', { priority: 3 }));
  }
  return out;
}
