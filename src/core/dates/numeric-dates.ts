/**
 * Dates written in numbers the way the source language's country writes them, which translation
 * leaves as they are: day first with dots (Russian, German, Turkish: "05.03.2024"), year first
 * (Chinese, Japanese, Korean: "2024/3/5", "2024.3.5"), and with slashes either day first (Arabic,
 * Persian, most of the world: "5/3/2024") or month first (the US: "3/5/2024").
 *
 * A slashed date whose first number is over 12 is day first, whose second is over 12 month first;
 * the others follow the article's own unambiguous slashed dates, else the reading nearer the
 * reference date (an article reports what happened around its date: "5/3/2024" in an article of
 * 10 March 2024 is 5 March, not 3 May), else month first (chrono-node's reading, kept as before).
 *
 * A date the translation left in the source's characters is read too: "2024年3月12日" (Chinese,
 * Japanese), "2024년 3월 12일" (Korean), or its year and month alone.
 */
import { candidate, type ScanContext } from './context';
import { daysBetween, formatYM, formatYMD, isValidIsoDate } from './iso';
import type { Candidate } from './types';

// Three numbers joined by the same dot or slash, not inside a longer run of numbers (versions,
// addresses, phone numbers). Groups: 1, 2 separator, 3, 4.
const NUMERIC_DATE = /(?<![\p{L}\p{N}./-])(\d{1,4})([./])(\d{1,2})\2(\d{4}|\d{1,2})(?![\p{L}\p{N}]|[./-]\d)/gu;
/** A numeric date always holds a dot or a slash between digits: most texts have none to scan for. */
const HINT = /\d[./]\d{1,2}[./]\d/;

type Order = 'dmy' | 'mdy';

interface Numeric {
  start: number;
  end: number;
  a: number;
  b: number;
  c: number;
  sep: string;
  firstDigits: number;
  secondDigits: number;
  lastDigits: number;
}

export function findNumericDates(ctx: ScanContext): Candidate[] {
  const t = ctx.text;
  const inCharacters = findDatesInCharacters(ctx);
  if (!HINT.test(t)) return inCharacters;
  const found: Numeric[] = [];
  for (const m of t.matchAll(NUMERIC_DATE)) {
    found.push({ start: m.index, end: m.index + m[0].length, a: Number(m[1]), b: Number(m[3]), c: Number(m[4]), sep: m[2]!, firstDigits: m[1]!.length, secondDigits: m[3]!.length, lastDigits: m[4]!.length });
  }
  const order = articleOrder(found);
  const out: Candidate[] = [];
  for (const n of found) {
    const value = valueOf(n, order, ctx.ref);
    if (value) out.push(candidate(ctx, n.start, n.end, value, 'numeric-date', { priority: 2 }));
  }
  return inCharacters.length ? [...inCharacters, ...out] : out;
}

// Year, month and day in CJK characters, the day optional. Groups: 1 year, 2 month, 3 day.
const IN_CHARACTERS = /(?<!\d)(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월](?:\s?(\d{1,2})\s?[日일号號])?/gu;
const HAS_YEAR_CHARACTER = /[年년]/;

function findDatesInCharacters(ctx: ScanContext): Candidate[] {
  if (!HAS_YEAR_CHARACTER.test(ctx.text)) return [];
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(IN_CHARACTERS)) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    const value = m[3] !== undefined ? day(y, mo, Number(m[3])) : y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 ? formatYM(y, mo) : undefined;
    if (value) out.push(candidate(ctx, m.index, m.index + m[0].length, value, 'date-in-characters', { priority: 2 }));
  }
  return out;
}

/** The order the article's unambiguous slashed dates show (undefined: none, or both). */
function articleOrder(found: readonly Numeric[]): Order | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const n of found) {
    if (n.sep !== '/' || n.firstDigits > 2) continue;
    if (n.a > 12 && n.b <= 12) dayFirst = true;
    if (n.b > 12 && n.a <= 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'dmy' : 'mdy';
}

function valueOf(n: Numeric, order: Order | undefined, ref: string | null): string | undefined {
  // Year first: "2024/3/5", "2024.03.05".
  if (n.firstDigits === 4) return n.lastDigits <= 2 ? day(n.a, n.b, n.c) : undefined;
  if (n.firstDigits > 2 || n.lastDigits === 1) return undefined;
  // Two-digit years with dots only in the two-digit form ("05.03.24"), not section numbers ("2.1.20").
  if (n.sep === '.' && n.lastDigits === 2 && (n.firstDigits < 2 || n.secondDigits < 2)) return undefined;
  const year = n.lastDigits === 4 ? n.c : 2000 + n.c;
  const dmy = day(year, n.b, n.a);
  const mdy = day(year, n.a, n.b);
  // Dots are day first wherever they are written.
  if (n.sep === '.') return dmy;
  if (!dmy || !mdy) return dmy ?? mdy;
  if (dmy === mdy) return dmy;
  if (order) return order === 'dmy' ? dmy : mdy;
  if (ref) return Math.abs(daysBetween(ref, dmy)) < Math.abs(daysBetween(ref, mdy)) ? dmy : mdy;
  return mdy;
}

/** A valid day of 1900-2099 as ISO, or undefined. */
function day(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2099) return undefined;
  const iso = formatYMD(y, m, d);
  return isValidIsoDate(iso) ? iso : undefined;
}
