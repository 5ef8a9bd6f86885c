/**
 * Dates chrono-node reads well: "7 January 2020", "January 7, 2020", "Jan. 7", "June 2015",
 * "Monday", "5-7 January", "Monday, January 7, 2020". chrono only runs on sentences where a
 * cheap regex finds a month or weekday name or a numeric date, and only the components chrono
 * says were given (knownValues) are used: values keep their precision and the year of a
 * yearless date is chosen by our own tense-aware rule, not chrono's.
 */
import * as chrono from 'chrono-node';
import { CHRONO_CUE_RE, MONTH_ALT, WEEKDAY_ALT } from './cues';
import { candidate, noRef, type ScanContext } from './context';
import { formatYM, formatYMD, isValidIsoDate } from './iso';
import { resolveMonthDay, resolveWeekday, type WeekdayDirection } from './resolve';
import type { Candidate, Tense } from './types';
import { quantityFollows } from './years';

/** chrono needs a reference instant; we never use its resolved dates, only knownValues. */
const CHRONO_REF = new Date(Date.UTC(2000, 0, 1, 12));

/** Where the date proper starts inside chrono's text ("evening of June 7" -> "June 7"). */
const DATE_START_RE = new RegExp(`\\b(?:(?:next|last|this|coming)\\s+)?(?:${MONTH_ALT}|${WEEKDAY_ALT})\\b|\\d`, 'i');
/** Words that are also common English words or names: only a capitalised form is a date. */
const AMBIGUOUS_LOWER_RE = /^(?:may|march|mar|jan|sun|sat|wed|dec|aug)\b/;
const FULL_WEEKDAY_RE = new RegExp(`\\b(?:${WEEKDAY_ALT})\\b`, 'i');
const ISO_PREFIX_RE = /^\d{4}-\d{1,2}-\d{1,2}/;
/** A leading clock time chrono folds into the date ("10 a.m. on Monday", "9:30 on January 6"). */
const TIME_PREFIX_RE = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|o'clock|hours|hrs)?\s+(?:on|of)\s+/i;
/** A trailing time of day: "Saturday morning" is the date "Saturday"; the hour is not annotated. */
const TIME_OF_DAY_SUFFIX_RE = /\s+(?:morning|afternoon|evening|night|noon|midnight)$/i;
/** A trailing year chrono accepted although it is a count ("January 5, 3000 people"). */
const TRAILING_YEAR_RE = /,?\s*\d{1,4}$/;

type Parsed = chrono.ParsedResult;

/**
 * chrono's casual English parsers that read calendar dates ("7 January 2020", "January 7",
 * "June 2015", "Monday", "2020-01-08", "1/8/2020"). The others read clock times and relative
 * phrases ("10 a.m.", "three days ago", "tomorrow"): relative dates are our own rules' and times
 * are not annotated, yet they are about half of chrono's cost, and the "ago"/"later" parsers
 * alone take 100+ ms to compile their patterns on first use. Chosen by class name (minified bundles
 * lose it: the build tags each chrono parser class with its name, `parserName`, see esbuild.mjs);
 * a test checks the choice against the installed chrono.
 */
export const CALENDAR_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
]);

let calendar: chrono.Chrono | undefined;

const parserName = (p: object): string => (p.constructor as { parserName?: string }).parserName ?? p.constructor.name;

/** chrono with the calendar-date parsers and all the casual refiners; every parser if names were lost. */
export function calendarChrono(): chrono.Chrono {
  if (calendar) return calendar;
  const config = chrono.en.configuration.createCasualConfiguration(false);
  const parsers = config.parsers.filter((p) => CALENDAR_PARSERS.has(parserName(p)));
  calendar = new chrono.Chrono({ parsers: parsers.length === CALENDAR_PARSERS.size ? parsers : config.parsers, refiners: config.refiners });
  return calendar;
}

export function findAbsoluteDates(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  // One scan of the text for date cues, then chrono on the sentences that have one.
  const cues = [...ctx.text.matchAll(CUE_GLOBAL_RE)];
  let k = 0;
  for (const s of ctx.sentences) {
    const inSentence: Array<{ start: number; end: number }> = [];
    for (; k < cues.length && cues[k].index < s.end; k++) {
      if (cues[k].index >= s.start) inSentence.push({ start: cues[k].index - s.start, end: cues[k].index - s.start + cues[k][0].length });
    }
    if (!inSentence.length) continue;
    const sentence = ctx.text.slice(s.start, s.end);
    // chrono's cost grows with its input: give it only the words around each cue.
    for (const w of cueWindows(sentence, inSentence)) {
      for (const r of calendarChrono().parse(sentence.slice(w.start, w.end), CHRONO_REF, { forwardDate: false })) {
        const c = fromChrono(ctx, r, s.start + w.start);
        if (c) out.push(c);
      }
    }
  }
  return out;
}

const WINDOW = 48;
/** Most characters a window is widened by to reach a word boundary (a "word" may be a whole run of text without spaces). */
const MAX_WIDEN = 200;
/**
 * Longest window given to chrono at once (sentence characters). Windows of close cues merge, and
 * in text without sentence ends ("On Monday he said, " repeated) they would merge into one as
 * long as the text, whose cost in chrono grows faster than its length (a refiner matches a regex
 * on the text before every result). Ordinary sentences are far shorter.
 */
export const MAX_CHRONO_WINDOW = 2_000;
const CUE_GLOBAL_RE = new RegExp(CHRONO_CUE_RE.source, 'gi');

/**
 * Spans of a sentence around its date cues (sentence offsets), widened to word boundaries and
 * merged, none longer than MAX_CHRONO_WINDOW where there is a space to cut at between two cues.
 */
export function cueWindows(sentence: string, cues: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let previousCueEnd = 0;
  for (const cue of cues) {
    let start = Math.max(0, cue.start - WINDOW);
    let end = Math.min(sentence.length, cue.end + WINDOW);
    const widest = Math.max(0, start - MAX_WIDEN);
    while (start > widest && /\S/.test(sentence[start - 1]!)) start--;
    const farthest = Math.min(sentence.length, end + MAX_WIDEN);
    while (end < farthest && /\S/.test(sentence[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      const cut = Math.max(last.end, end) - last.start > MAX_CHRONO_WINDOW ? spaceBetween(sentence, previousCueEnd, cue.start) : -1;
      if (cut < 0) last.end = Math.max(last.end, end);
      else {
        last.end = cut;
        out.push({ start: cut + 1, end });
      }
    } else out.push({ start, end });
    previousCueEnd = cue.end;
  }
  return out;
}

/** The last whitespace in sentence[from, to), -1 if none. */
function spaceBetween(sentence: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (/\s/.test(sentence[i]!)) return i;
  return -1;
}

/** Trims chrono's span to the date words, then interprets the given components. */
function fromChrono(ctx: ScanContext, r: Parsed, base: number): Candidate | null {
  const raw = r.text;
  const at = DATE_START_RE.exec(raw);
  if (!at) return null;
  let text = raw.slice(at.index).replace(/[\s,.;:(]+$/, '');
  const time = TIME_PREFIX_RE.exec(text);
  const skip = time ? time[0].length : 0;
  text = text.slice(skip).replace(TIME_OF_DAY_SUFFIX_RE, '');
  if (/\.$/.test(raw.trimEnd()) && /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(text)) text += '.';
  const iso = ISO_PREFIX_RE.exec(text);
  if (iso) text = iso[0]; // "2020-01-08 14:03": the date, not the time
  if (AMBIGUOUS_LOWER_RE.test(text)) return null;
  const start = base + r.index + at.index + skip;
  const end = start + text.length;
  const known = (k: chrono.Component): boolean => r.start.isCertain(k);
  if (known('day') && known('month')) return dayMonth(ctx, r, start, end);
  if (known('month') && known('year')) {
    const y = r.start.get('year');
    const m = r.start.get('month');
    if (y === null || m === null || !/\b\d{4}\b/.test(text)) return null;
    return candidate(ctx, start, end, formatYM(y, m), 'month-year', { priority: 1 });
  }
  if (known('weekday') && !known('month')) return weekday(ctx, r, start, end, text);
  // chrono sometimes loses the date parts when a time of day leads ("evening of June 7"):
  // parse the trimmed text once more.
  if (text !== raw.trim()) {
    const again = calendarChrono().parse(text, CHRONO_REF, { forwardDate: false })[0];
    if (again && again.index === 0) return fromChrono(ctx, again, start);
  }
  return null; // month alone, times, "last year": handled by relative.ts or not dates
}

/** 1000-2099 and not followed by a counted noun ("January 5, 3000 people had died"). */
function plausibleYear(ctx: ScanContext, r: Parsed, end: number): boolean {
  const y = r.start.isCertain('year') ? r.start.get('year')! : r.end!.get('year')!;
  return y >= 1000 && y <= 2099 && !quantityFollows(ctx.text, end);
}

function dayMonth(ctx: ScanContext, r: Parsed, start: number, spanEnd: number): Candidate | null {
  const m = r.start.get('month')!;
  const d = r.start.get('day')!;
  let end = spanEnd;
  let yearGiven = r.start.isCertain('year') || (r.end?.isCertain('year') ?? false);
  // A year is written with four digits: chrono reads "November 12, 13" (a list of days) as 2013.
  const yearDropped = yearGiven && (!plausibleYear(ctx, r, end) || !/\d{4}/.test(ctx.text.slice(start, end)));
  if (yearDropped) {
    // Keep the month-day, drop the number chrono took for a year.
    end -= TRAILING_YEAR_RE.exec(ctx.text.slice(start, end))?.[0].length ?? 0;
    yearGiven = false;
  }
  const statedWeekday = r.start.isCertain('weekday') ? (r.start.get('weekday') ?? undefined) : undefined;
  const extra = { priority: 1, ...(statedWeekday !== undefined ? { statedWeekday } : {}) };
  let value: string | null;
  let rule: string;
  if (yearGiven) {
    const y = r.start.isCertain('year') ? r.start.get('year')! : r.end!.get('year')!;
    value = formatYMD(y, m, d);
    rule = 'full-date';
    if (!isValidIsoDate(value)) return null;
  } else if (ctx.ref) {
    value = resolveMonthDay(m, d, ctx.ref, ctx.tense(start, end));
    rule = 'month-day';
  } else {
    value = null;
    rule = noRef('month-day');
  }
  const c = candidate(ctx, start, end, value, rule, { ...extra, yearless: !yearGiven });
  if (!yearDropped && r.end?.isCertain('day')) addRangeEnd(c, r);
  return c;
}

/** "5-7 January", "December 30 to January 2": the end takes the start's year, or the next one. */
function addRangeEnd(c: Candidate, r: Parsed): void {
  c.rule = c.rule.replace(/^(full-date|month-day)/, '$1-range');
  if (!c.value || !r.end) {
    c.endValue = null;
    return;
  }
  const y = Number(c.value.slice(0, 4));
  const m = r.end.get('month') ?? Number(c.value.slice(5, 7));
  const d = r.end.get('day')!;
  let end = formatYMD(r.end.isCertain('year') ? r.end.get('year')! : y, m, d);
  if (end < c.value && !r.end.isCertain('year')) end = formatYMD(y + 1, m, d);
  c.endValue = isValidIsoDate(end) ? end : null;
}

/** "on Monday", "said Tuesday", "next Friday", "last Monday". Abbreviations alone ("Sun") are not dates. */
function weekday(ctx: ScanContext, r: Parsed, start: number, end: number, text: string): Candidate | null {
  if (!FULL_WEEKDAY_RE.test(text)) return null;
  const wd = r.start.get('weekday');
  if (wd === null) return null;
  const modifier = /^(next|coming|last|this)\b/i.exec(text)?.[1]?.toLowerCase();
  const tense: Tense = ctx.tense(start, end);
  const future = modifier === 'next' || modifier === 'coming' || (modifier !== 'last' && tense === 'future');
  const rule = future ? 'weekday-after-reference' : 'weekday-before-reference';
  if (!ctx.ref) return candidate(ctx, start, end, null, noRef('weekday'), { priority: 1 });
  const direction: WeekdayDirection =
    modifier === 'next' ? 'strict-future' : future ? 'future' : modifier === 'last' ? 'strict-past' : 'past';
  // Counted from the dateline's day when the story was filed before the reference date.
  const value = resolveWeekday(wd, ctx.weekdayRef ?? ctx.ref, direction);
  return candidate(ctx, start, end, value, rule, { priority: 1 });
}
