/** Hover text helpers: the weekday of a date and where it lies relative to the reference date. */
import { daysBetween, isValidIsoDate, isValidIsoValue, WEEKDAY_NAMES, weekdayOf } from './iso';
import { VAGUE_RULES } from './relative';

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

const PRECISION: Record<number, string> = { 4: 'year', 7: 'month' };

/** What a date of another calendar (dates/calendars.ts) was read as. */
const CALENDAR_NOTES: Record<string, string> = {
  'calendar-solar-hijri': 'A date of the Solar Hijri calendar (Iran, Afghanistan), read as its Gregorian day.',
  'calendar-hijri': "A date of the Islamic (Hijri) calendar, read by Saudi Arabia's Umm al-Qura calendar: where a month begins with the sighted moon it may begin a day earlier or later.",
  'calendar-solar-hijri-day': 'A day of the Solar Hijri calendar (Iran, Afghanistan) without its year: the one nearest the reference date, read as its Gregorian day.',
  'calendar-hijri-day': "A day of the Islamic (Hijri) calendar without its year: the one nearest the reference date, by Saudi Arabia's Umm al-Qura calendar.",
  'calendar-solar-hijri-year': 'A year of the Solar Hijri calendar (Iran, Afghanistan): from its first day (Nowruz, about 21 March) to the day before the next.',
  'calendar-hijri-year': "A year of the Islamic (Hijri) calendar, read by Saudi Arabia's Umm al-Qura calendar: twelve lunar months, about eleven days shorter than a Gregorian year.",
  'calendar-japanese-era-day': "A day dated by Japan's era calendar (Reiwa 1 is 2019): its month and day as written, its year the era year's.",
  'calendar-chinese-lunar-day': "A day of the Chinese lunar calendar without its year: the one nearest the reference date by the clause's tense, read as its Gregorian day.",
  'calendar-buddhist-era-day': "A day dated by Thailand's Buddhist Era (2567 BE is 2024): its month and day as written, its year the era year less 543.",
  'calendar-buddhist-era-month': "A month dated by Thailand's Buddhist Era (2567 BE is 2024), read as that month of the Gregorian year.",
  'calendar-buddhist-era': "A year of Thailand's Buddhist Era (2567 BE is 2024), read as its Gregorian year.",
  'calendar-minguo': 'A year of the Republic of China (Taiwan), counted from 1912 (year 113 is 2024), read as its Gregorian year.',
  'calendar-japanese-era': "A year of Japan's era calendar (Reiwa 1 is 2019), read as its Gregorian year: an era's first year begins, and its last ends, within that Gregorian year.",
};

/**
 * What a date's value does not say, one sentence each, for the hover: that the day is not known
 * (a month or a year, a season, a vague span such as "last week" or "a few days ago"), and what a
 * fiscal year or a season covers. Empty for a plain day or a range of days the text gives.
 */
export function dateNotes(d: { value?: string | null; endValue?: string | null; rule?: string }): string[] {
  const out: string[] = [];
  const rule = (d.rule ?? '').replace(/-no-reference$/, '');
  if (d.value && PRECISION[d.value.length] && rule !== 'fiscal-year') {
    out.push(`The day is not known: the text gives the ${d.endValue ? `${PRECISION[d.value.length]}s` : PRECISION[d.value.length]} only.`);
  } else if (VAGUE_RULES.has(rule)) {
    out.push('The day is not known: the text names a stretch of time, not a day.');
  }
  if (rule === 'fiscal-year') {
    out.push('A fiscal year: its months depend on the country (Japan, India, the UK: April to March; the US government: October to September, named after the year it ends; China: the calendar year). The day is not known.');
  }
  if (rule === 'season') out.push('Seasons are read for the northern hemisphere (spring: March to May); south of the equator they fall six months later.');
  const calendar = CALENDAR_NOTES[rule];
  if (calendar) out.push(calendar);
  return out;
}
