/**
 * Dates in the calendars news translated from other languages keeps: the Solar Hijri calendar of
 * Iran and Afghanistan ("12 Mordad 1402", "3 Esfand 1401"), the Islamic (Hijri) calendar ("15
 * Ramadan 1445 AH", "Rabi al-Awwal 1446") and Japan's era years ("Reiwa 5", "Heisei 31").
 * Machine translation writes their month names out and leaves the date in its calendar; these are
 * resolved to the Gregorian day (a month of such a calendar to the range of its days, an era year
 * to its Gregorian year).
 *
 * Everything comes from the runtime's calendar data (ICU, through Intl.DateTimeFormat, in Node and
 * in browsers alike): the month names, the conversion, the eras since 1868. Where a runtime lacks
 * a calendar it is simply not read. A month name is taken as ICU writes it in English or close to
 * it (a spelling within the weighted distance's 0.85, 0.92 without a day, and no English word:
 * "Shaaban", "Dhu al-Hijjah", but never "Day" for Dey or "Safari" for Safar), and the Arabic
 * ordinal words translations use for ICU's I and II ("Rabi al-Awwal", "Jumada al-Akhirah"); a
 * date is read only with its year in the calendar's range, so that a name ("Mehr", "Tir") alone
 * is never a month.
 */
import { escapeRegExp } from '../text/regexp';
import { fold } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { similarity } from '../names/weighted-distance';
import { candidate, type ScanContext } from './context';
import type { Candidate, Tense } from './types';
import { formatYMD, isValidIsoDate, MONTH_NAMES } from './iso';

type CalendarId = 'persian' | 'islamic-umalqura';

interface Calendar {
  id: CalendarId;
  /** The years a date of today's news has in it. */
  years: [number, number];
  /** Month names as ICU writes them in English, folded and without marks (index: month - 1). */
  months: string[];
  /** The month names as ICU writes them in English ("Shaʻban"). */
  names: string[];
  format: Intl.DateTimeFormat;
  /** Days after 1970-01-01 of the calendar's 1 Farvardin / 1 Muharram of year 0, roughly (the search starts there). */
  epochDays: number;
  daysPerYear: number;
}

const DAY_MS = 86_400_000;

function calendarOf(id: CalendarId, years: [number, number], epochDays: number, daysPerYear: number): Calendar | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(`en-u-ca-${id}`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    if (format.resolvedOptions().calendar !== id) return undefined;
  } catch {
    return undefined;
  }
  const names = new Intl.DateTimeFormat(`en-u-ca-${id}`, { timeZone: 'UTC', month: 'long' });
  const months: string[] = new Array(12);
  const written: string[] = new Array(12);
  // One day in each of the months of one year of the calendar (a month is 29-31 days long).
  for (let day = 0; day < 400; day += 10) {
    const at = new Date(Date.UTC(2023, 0, 1) + day * DAY_MS);
    const month = partsOf(format, at).month;
    written[month - 1] ??= names.format(at);
    months[month - 1] ??= monthKey(written[month - 1]);
  }
  return months.every(Boolean) ? { id, years, months, names: written, format, epochDays, daysPerYear } : undefined;
}

/** A month name as compared: folded, letters and spaces only ("Dhuʻl-Qiʻdah" -> "dhul qidah"). */
const monthKey = (name: string): string => fold(name).replace(/[ʻʼ'’`]/g, '').replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();

function partsOf(format: Intl.DateTimeFormat, at: Date): { year: number; month: number; day: number } {
  const out = { year: 0, month: 0, day: 0 };
  for (const p of format.formatToParts(at)) if (p.type === 'year' || p.type === 'month' || p.type === 'day') out[p.type] = Number(p.value);
  return out;
}

/** The rule of a date of the calendar (its hover note: dates/describe.ts). */
const ruleOf = (id: CalendarId): string => (id === 'persian' ? 'calendar-solar-hijri' : 'calendar-hijri');

let calendars: Calendar[] | undefined;

/** The calendars this runtime has (built on first use). */
function knownCalendars(): Calendar[] {
  calendars ??= [
    // 1 Farvardin 1 was 622-03-22 (days from 1970: -492,268); an Islamic year is 354.37 days, 1 Muharram 1 was 622-07-16.
    calendarOf('persian', [1300, 1450], -492_268, 365.2422),
    calendarOf('islamic-umalqura', [1300, 1500], -492_148, 354.367),
  ].filter((c): c is Calendar => c !== undefined);
  return calendars;
}

/**
 * The month a name stands for in a calendar. ICU numbers two months of a name with I and II;
 * translations write the Arabic ordinal words for them (al-Awwal or al-Ula "the first", al-Thani
 * or al-Akhir(ah) "the second, the last"), Persian-style too (ol-Avval, os-Sani).
 */
function monthOf(cal: Calendar, name: string, withDay: boolean): number | undefined {
  const key = monthKey(name)
    .replace(/\b(?:[aeo]l |[aeo]s )?(?:awwal|awal|avval|aval|ula|oula)$/, 'i')
    .replace(/\b(?:[aeo]l |[aeo]s |[aeo]th )?(?:thani|sani|akhir|akhirah|akhira|akher)$/, 'ii')
    .replace(/\b(?:al|el|ol) /g, 'l ')
    .replace(/^dhu l /, 'dhul ');
  let best: { month: number; sim: number } | undefined;
  cal.months.forEach((m, i) => {
    const sim = m === key ? 1 : Math.abs(m.length - key.length) > 3 ? 0 : similarity(m.replace(/ /g, ''), key.replace(/ /g, ''));
    // "Rabi I" and "Rabi II" differ in one letter: the ordinal must be the same.
    if (/ i+$/.test(m) !== / i+$/.test(key) || (/ i+$/.test(m) && m.split(' ').pop() !== key.split(' ').pop())) return;
    if (sim >= (withDay ? 0.85 : 0.92) && sim > (best?.sim ?? 0)) best = { month: i + 1, sim };
  });
  // A spelling of a month that is an English word ("Day" for Dey, "Safari") is that word.
  if (best && best.sim < 1 && isEnglishWord(key.replace(/ /g, ''))) return undefined;
  return best?.month;
}

/** The Gregorian day (ISO) of a day of the calendar, if it exists. */
function gregorian(cal: Calendar, year: number, month: number, day: number): string | undefined {
  const guess = cal.epochDays + Math.round(year * cal.daysPerYear + (month - 1) * (cal.daysPerYear / 12) + day - 1);
  // The guess is within a few weeks: step towards the day, comparing the calendar's own reading.
  let at = guess;
  for (let step = 0; step < 8; step++) {
    const p = partsOf(cal.format, new Date(at * DAY_MS));
    const off = (year - p.year) * cal.daysPerYear + (month - p.month) * (cal.daysPerYear / 12) + (day - p.day);
    if (off === 0) return new Date(at * DAY_MS).toISOString().slice(0, 10);
    at += Math.abs(off) < 3 ? Math.sign(off) : Math.round(off);
  }
  return undefined;
}

/** The last day of a month of the calendar (ISO), found from the first day of the next. */
function lastDayOf(cal: Calendar, year: number, month: number): string | undefined {
  const next = month === 12 ? gregorian(cal, year + 1, 1, 1) : gregorian(cal, year, month + 1, 1);
  return next && new Date(Date.parse(next) - DAY_MS).toISOString().slice(0, 10);
}

// "12 Mordad 1402", "15 Ramadan 1445 AH", "Ramadan 15, 1445", "Rabi al-Awwal 1446 AH": a day or
// none, one to three capitalised words of the month (with an Arabic article), a year of four
// digits, an era mark. Groups: 1 day before, 2 month, 3 day after, 4 year, 5 era mark.
const CALENDAR_DATE =
  /\b(?:(\d{1,2})\s+)?((?:\p{Lu}[\p{L}ʻʼ'’]*)(?:[\s-]+(?:(?:al|el|ul|ath|as|an|ad)-?)?\p{L}[\p{L}ʻʼ'’]*){0,2}?)\s+(?:(\d{1,2}),?\s+)?(1[345]\d{2})\b(?:\s*(A\.?H\.?|S\.?H\.?|AP|H|Hijri|Hijra|solar Hijri)\b)?/gu;
/** The years of those calendars in today's news (1300-1599): every calendar date holds one. */
const CALENDAR_YEAR = /\b1[345]\d{2}\b/g;
const HAS_CALENDAR_YEAR = /\b1[345]\d{2}\b/;
/** How far before its year a calendar date may start ("15 Dhuʻl-Qiʻdah al-Akhirah 1445"). */
const REACH_BEFORE = 48;

export function findCalendarDates(ctx: ScanContext): Candidate[] {
  const t = ctx.text;
  const out: Candidate[] = [];
  let cals: Calendar[] | undefined;
  // Only around such a year (most texts have none): the date pattern runs on a short window.
  for (const y of t.matchAll(CALENDAR_YEAR)) {
    const from = Math.max(0, y.index - REACH_BEFORE);
    const window = t.slice(from, y.index + 30);
    cals ??= knownCalendars();
    CALENDAR_DATE.lastIndex = 0;
    for (let m = CALENDAR_DATE.exec(window); m; m = CALENDAR_DATE.exec(window)) {
      // The date of this year (a window may hold another year's date too).
      if (from + m.index + m[0].lastIndexOf(m[4]) !== y.index) continue;
      const found = readDate(cals, m);
      if (!found) {
        // The month may be the last words of a longer capitalised run ("Tuesday 3 Esfand"): try from the next word.
        const space = m[0].search(/\s/);
        if (space > 0 && !m[1]) CALENDAR_DATE.lastIndex = m.index + space + 1;
        continue;
      }
      const { cal, value, endValue, start } = found;
      const at = from + m.index;
      out.push(candidate(ctx, at + start, at + m[0].length, value, ruleOf(cal.id), { priority: 3, ...(endValue ? { endValue } : {}) }));
      break;
    }
  }
  return out;
}

/** The date a match reads as in one of the calendars (where the span starts within the match). */
function readDate(cals: Calendar[], m: RegExpExecArray): { cal: Calendar; value: string; endValue?: string; start: number } | undefined {
  const [, dayBefore, monthWords, dayAfter, yearText] = m;
  const year = Number(yearText);
  const day = Number(dayBefore ?? dayAfter ?? 0);
  // The month is its last one to three words: "Tuesday Esfand" is not a month, "Esfand" is.
  const words = monthWords.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && dayBefore) break;
    const name = words.slice(k).join(' ');
    for (const cal of cals) {
      if (year < cal.years[0] || year > cal.years[1]) continue;
      const month = monthOf(cal, name, day > 0);
      if (!month) continue;
      const start = k === 0 ? 0 : m[0].indexOf(name);
      if (day) {
        const value = day <= 31 ? gregorian(cal, year, month, day) : undefined;
        if (value) return { cal, value, start };
        continue;
      }
      const first = gregorian(cal, year, month, 1);
      const last = lastDayOf(cal, year, month);
      if (first && last) return { cal, value: first, endValue: last, start };
    }
  }
  return undefined;
}

// A day of such a month without its year ("on 12 Mordad", "the 5th of Ramadan"): the one nearest
// the reference date. Only months of five letters or more, written as ICU writes them (with or
// without its ʻ): "Tir", "Dey" or "Mehr" beside a number may be anything.
let dayPattern: RegExp | null | undefined;

function monthDayPattern(): RegExp | null {
  if (dayPattern !== undefined) return dayPattern;
  const names = knownCalendars().flatMap((c) => c.names.filter((n) => !/ I+$/.test(n) && monthKey(n).replace(/ /g, '').length >= 5));
  const forms = [...new Set(names.flatMap((n) => [n, n.replace(/ʻ/g, ''), n.replace(/ʻ/g, "'")]))].map(escapeRegExp);
  dayPattern = forms.length
    ? new RegExp(`(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)(${forms.join('|')})\\b(?!\\s*,?\\s*\\d)|\\b(${forms.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d)`, 'gu')
    : null;
  return dayPattern;
}

/**
 * The day of the month in the calendar's year before, of or after the reference date's: by the
 * clause's tense the latest one by the reference date (past) or the first one from it (future),
 * else the nearest.
 */
function nearest(cal: Calendar, month: number, day: number, ref: number, tense: Tense): string | undefined {
  const year = partsOf(cal.format, new Date(ref)).year;
  const days = [year - 1, year, year + 1].map((y) => gregorian(cal, y, month, day)).filter((d): d is string => d !== undefined);
  if (tense === 'past') return days.filter((d) => Date.parse(d) <= ref).pop();
  if (tense === 'future') return days.find((d) => Date.parse(d) >= ref);
  return days.sort((a, b) => Math.abs(Date.parse(a) - ref) - Math.abs(Date.parse(b) - ref))[0];
}

/** Days of the Solar Hijri and Islamic months without a year, nearest the reference date. */
export function findCalendarDays(ctx: ScanContext): Candidate[] {
  if (!ctx.ref) return [];
  const pattern = monthDayPattern();
  if (!pattern) return [];
  const out: Candidate[] = [];
  const ref = Date.parse(ctx.ref);
  for (const m of ctx.text.matchAll(pattern)) {
    const day = Number(m[1] ?? m[4]);
    const name = (m[2] ?? m[3])!;
    for (const cal of knownCalendars()) {
      const month = cal.months.indexOf(monthKey(name)) + 1;
      if (!month || day < 1 || day > 31) continue;
      const best = nearest(cal, month, day, ref, ctx.tense(m.index, m.index + m[0].length));
      if (best) out.push(candidate(ctx, m.index, m.index + m[0].length, best, `${ruleOf(cal.id)}-day`, { priority: 2 }));
      break;
    }
  }
  return out;
}

// A year of the calendar named as such: "1445 AH", "1403 SH", "the Iranian year 1402", "the Hijri
// year 1446". Groups: 1 calendar word before, 2 year after it; 3 year, 4 era mark after it.
const CALENDAR_YEAR_NAMED =
  /\b(?:(Iranian|Persian|Shamsi|Solar Hijri|Hijri|Islamic|Hijra)\s+(?:calendar\s+)?year\s+(1[345]\d{2})|(1[345]\d{2})\s*(A\.H\.|AH|S\.H\.|SH|AP)(?![\p{L}\p{N}]))/gu;
const SOLAR = /^(?:iranian|persian|shamsi|solar hijri|sh|s\.h\.|ap)$/i;

/** Whole years of the Solar Hijri and Islamic calendars, as the range of their days. */
export function findCalendarYears(ctx: ScanContext): Candidate[] {
  const t = ctx.text;
  if (!HAS_CALENDAR_YEAR.test(t)) return [];
  const out: Candidate[] = [];
  for (const m of t.matchAll(CALENDAR_YEAR_NAMED)) {
    const id: CalendarId = SOLAR.test(m[1] ?? m[4]) ? 'persian' : 'islamic-umalqura';
    const cal = knownCalendars().find((c) => c.id === id);
    const year = Number(m[2] ?? m[3]);
    if (!cal || year < cal.years[0] || year > cal.years[1]) continue;
    const first = gregorian(cal, year, 1, 1);
    const next = gregorian(cal, year + 1, 1, 1);
    if (!first || !next) continue;
    const last = new Date(Date.parse(next) - DAY_MS).toISOString().slice(0, 10);
    out.push(candidate(ctx, m.index, m.index + m[0].length, first, `${ruleOf(id)}-year`, { endValue: last, priority: 3 }));
  }
  return out;
}

// "Reiwa 5", "Heisei 31", "Showa 64", "the first year of Reiwa": an era name and the year in it.
let eraPattern: RegExp | null | undefined;

/** The pattern of Japan's era names since 1868 (as ICU writes them, and without their marks: "Shōwa", "Showa"), null without them. */
function eraYearPattern(): RegExp | null {
  if (eraPattern !== undefined) return eraPattern;
  const names = [...japaneseEras().values()].flatMap((e) => [e.name, e.name.normalize('NFD').replace(/\p{M}/gu, '')]);
  const alternatives = [...new Set(names)].map(escapeRegExp).join('|');
  eraPattern = names.length ? new RegExp(`\\b(${alternatives})\\s+(\\d{1,2})\\b(?![-/.:,]?\\d)|\\bfirst\\s+year\\s+of\\s+(${alternatives})\\b`, 'gu') : null;
  return eraPattern;
}

let eras: Map<string, { name: string; start: number; end: number }> | undefined;

/** Japan's eras since 1868 from the runtime's Japanese calendar: folded name -> its name and first and last Gregorian year. */
function japaneseEras(): Map<string, { name: string; start: number; end: number }> {
  if (eras) return eras;
  eras = new Map();
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-japanese', { timeZone: 'UTC', era: 'long', year: 'numeric' });
    if (f.resolvedOptions().calendar !== 'japanese') return eras;
    const now = new Date().getUTCFullYear();
    for (let y = 1868; y <= now + 1; y++) {
      for (const at of [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)]) {
        const parts = f.formatToParts(new Date(at));
        const name = parts.find((p) => p.type === 'era')?.value ?? '';
        const inEra = Number(parts.find((p) => p.type === 'year')?.value);
        if (!name || !inEra) continue;
        const known = eras.get(fold(name));
        eras.set(fold(name), { name, start: known?.start ?? y - inEra + 1, end: Math.max(known?.end ?? y, y) });
      }
    }
  } catch {
    // No Japanese calendar in this runtime: no era years.
  }
  return eras;
}

export function findEraYears(ctx: ScanContext): Candidate[] {
  const t = ctx.text;
  const pattern = eraYearPattern();
  if (!pattern) return [];
  const out: Candidate[] = [];
  for (const m of t.matchAll(pattern)) {
    const era = japaneseEras().get(fold(m[1] ?? m[3]));
    if (!era) continue;
    const year = era.start + (m[2] ? Number(m[2]) : 1) - 1;
    if (year < era.start || year > era.end) continue;
    // "April 1, Reiwa 6": the month and day before it, as a Japanese date comes back in English.
    const before = MONTH_DAY_BEFORE.exec(t.slice(Math.max(0, m.index - 20), m.index));
    const month = before ? MONTH_NAMES.findIndex((n) => n.toLowerCase() === before[1].toLowerCase()) + 1 : 0;
    const day = month ? formatYMD(year, month, Number(before![2])) : undefined;
    if (day && isValidIsoDate(day)) out.push(candidate(ctx, m.index - before![0].length, m.index + m[0].length, day, 'calendar-japanese-era-day', { priority: 3 }));
    else out.push(candidate(ctx, m.index, m.index + m[0].length, String(year), 'calendar-japanese-era', { priority: 3 }));
  }
  return out;
}

const MONTH_DAY_BEFORE = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\s+(\\d{1,2}),?\\s+$`, 'i');
