/**
 * Guessing an article's reference (publication) date from its own text:
 * 1. a dateline at the top: "BEIJING, Jan. 8 (Xinhua) --" (the year, when absent, comes from the
 *    article's full dates, else from its latest cued year);
 * 2. a published line near the top or bottom: "Published: 2020-01-08", "2020-01-08 14:03",
 *    "Updated January 8, 2020";
 * 3. else the latest full date (day, month and year) written in a non-future clause whose stated
 *    weekday, if any, is right.
 */
import { findAbsoluteDates } from './absolute';
import { MONTH_ALT, monthNumber } from './cues';
import { makeContext } from './context';
import { daysBetween, formatYMD, isValidIsoDate, weekdayOf } from './iso';
import { findYears } from './years';

export type ReferenceSource = 'dateline' | 'published-line' | 'latest-full-date';
export interface InferredReference {
  date: string;
  source: ReferenceSource;
}

const HEAD_CHARS = 400;
const DATELINE_RE = new RegExp(
  `^[\\s\\S]{0,${HEAD_CHARS}}?\\b[A-Z][A-Za-z.' -]{1,40},\\s+(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:--|—|–|-)`,
  'i',
);
const LABEL_RE = /^\s*(?:published|posted|updated|date|time|release(?:d| time)?|source|issued)\b/i;
const NUMERIC_RE = /\b(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?!\d)/;

export function inferReferenceDate(text: string): InferredReference | null {
  return fromDateline(text, () => fromLatestFullDate(text)) ?? fromPublishedLine(text) ?? fromLatestFullDate(text);
}

/**
 * The same, with the costly part (the latest full date: chrono over every date cue) done range
 * by range with `pause` between them, for long documents in the editor. `ranges`: whole
 * paragraphs covering the text in order.
 */
export async function inferReferenceDateInPieces(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, pause: () => Promise<void>): Promise<InferredReference | null> {
  const dates: string[] = [];
  for (const r of ranges) {
    dates.push(...fullDates(text.slice(r.start, r.end)));
    await pause();
  }
  const latest = latestOf(dates);
  return fromDateline(text, () => latest) ?? fromPublishedLine(text) ?? latest;
}

function fromDateline(text: string, latestFullDate: () => InferredReference | null): InferredReference | null {
  const m = DATELINE_RE.exec(text);
  if (!m || !/^[A-Z]/.test(m[1]!)) return null;
  const month = monthNumber(m[1]!)!;
  const day = Number(m[2]);
  const year = m[3] ? Number(m[3]) : yearFromText(text, latestFullDate);
  if (year === null) return null;
  const date = formatYMD(year, month, day);
  return isValidIsoDate(date) ? { date, source: 'dateline' } : null;
}

/** How many days before the reference date a dateline may lie and still be the day the story tells from. */
const DATELINE_BEFORE_DAYS = 7;

/**
 * The day of the article's dateline ("BEIJING, Jan. 7 (Xinhua) --") when it differs from the
 * reference date and lies within DATELINE_BEFORE_DAYS before it: a story filed on the 7th and
 * published on the 8th says "Tuesday" for the Tuesday before the 7th. Its year is the
 * reference's (or the one before, across a new year). Null otherwise.
 */
export function datelineBefore(text: string, ref: string): string | null {
  const m = DATELINE_RE.exec(text.slice(0, HEAD_CHARS + 120));
  if (!m || !/^[A-Z]/.test(m[1]!)) return null;
  const month = monthNumber(m[1]!)!;
  const day = Number(m[2]);
  const refYear = Number(ref.slice(0, 4));
  const year = m[3] ? Number(m[3]) : formatYMD(refYear, month, day) > ref ? refYear - 1 : refYear;
  const date = formatYMD(year, month, day);
  if (!isValidIsoDate(date)) return null;
  const before = daysBetween(date, ref);
  return before > 0 && before <= DATELINE_BEFORE_DAYS ? date : null;
}

/** The year of the latest full date, else of the latest cued year ("in 2020"), else null. */
function yearFromText(text: string, latestFullDate: () => InferredReference | null): number | null {
  const full = latestFullDate();
  if (full) return Number(full.date.slice(0, 4));
  const years = findYears(makeContext(text, null)).filter((c) => c.rule === 'year').map((c) => Number(c.value));
  return years.length ? Math.max(...years) : null;
}

function fromPublishedLine(text: string): InferredReference | null {
  const lines = text.split('\n');
  const head = lines.slice(0, 5);
  const tail = lines.length > 5 ? lines.slice(-3) : [];
  for (const line of [...head, ...tail]) {
    if (line.length > 100) continue;
    const date = dateInLine(line);
    if (date) return { date, source: 'published-line' };
  }
  return null;
}

/** A full date in a line that is a label ("Published:") or little more than the date and a time. */
function dateInLine(line: string): string | null {
  const numeric = NUMERIC_RE.exec(line);
  let date: string | null = null;
  let rest = line;
  if (numeric) {
    date = formatYMD(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    rest = line.replace(numeric[0], '');
  } else {
    const full = findAbsoluteDates(makeContext(line, null)).find((c) => c.rule === 'full-date');
    if (!full) return null;
    date = full.value;
    rest = line.slice(0, full.start) + line.slice(full.end);
  }
  if (!date || !isValidIsoDate(date)) return null;
  const residue = rest.replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:GMT|UTC|BJT|CST)\b|[\s|:,()\-—–日]/gi, '');
  return LABEL_RE.test(line) || residue.length <= 12 ? date : null;
}

function fromLatestFullDate(text: string): InferredReference | null {
  return latestOf(fullDates(text));
}

/** The full dates (day, month, year) of `text` in non-future clauses whose stated weekday, if any, is right. */
function fullDates(text: string): string[] {
  const ctx = makeContext(text, null);
  return findAbsoluteDates(ctx)
    .filter((c) => c.rule.startsWith('full-date') && c.value !== null)
    .filter((c) => c.statedWeekday === undefined || weekdayOf(c.value!) === c.statedWeekday)
    .filter((c) => ctx.tense(c.start, c.end) !== 'future')
    .map((c) => c.value!);
}

function latestOf(dates: string[]): InferredReference | null {
  const latest = [...dates].sort().pop();
  return latest ? { date: latest, source: 'latest-full-date' } : null;
}
