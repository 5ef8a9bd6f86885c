/**
 * The words a flagged date should read to mean its likely value: "June 7" whose likely value is
 * January 7 becomes "January 7", "Monday, March 9th" becomes "Monday, March 2nd". Only the parts
 * that differ are rewritten, in the style the writer used (full or short month name, ordinal
 * suffix, capitals); a part that differs but is not written (an inferred year) leaves nothing to
 * rewrite, and then there is no replacement.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface Ymd {
  year: number;
  month: number;
  day?: number;
}

function parseIso(value: string | null | undefined): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value ?? '');
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : undefined };
}

/** The same capitals as `model` (all caps, capitalised, lower case). */
function sameCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

const ordinalSuffix = (n: number): string => {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** Rewrites the month name of `from` in `text` as the month `to`; undefined when it is not written. */
function rewriteMonth(text: string, from: number, to: number): string | undefined {
  const name = MONTHS[from - 1];
  const re = new RegExp(`\\b(${name}|${name.slice(0, 3)}(?:t)?)(\\.?)(?![a-z])`, 'i');
  const m = re.exec(text);
  if (!m) return undefined;
  const full = m[1].length === name.length && m[1].toLowerCase() === name;
  const target = MONTHS[to - 1];
  const word = full ? target : target.slice(0, target === 'september' && m[1].length === 4 ? 4 : 3);
  return text.slice(0, m.index) + sameCase(word, m[1]) + m[2] + text.slice(m.index + m[1].length + m[2].length);
}

/** Rewrites the day number `from` (with any ordinal suffix) as `to`; undefined when it is not written. */
function rewriteDay(text: string, from: number, to: number): string | undefined {
  const re = new RegExp(`(?<![\\d])0?${from}(st|nd|rd|th)?(?![\\d])`, 'i');
  const m = re.exec(text);
  if (!m) return undefined;
  const suffix = m[1] ? sameCase(ordinalSuffix(to), m[1]) : '';
  const padded = m[0].startsWith('0') && to < 10 ? `0${to}` : String(to);
  return text.slice(0, m.index) + padded + suffix + text.slice(m.index + m[0].length);
}

function rewriteYear(text: string, from: number, to: number): string | undefined {
  const re = new RegExp(`(?<!\\d)${from}(?!\\d)`);
  const m = re.exec(text);
  if (!m) return undefined;
  return text.slice(0, m.index) + String(to) + text.slice(m.index + m[0].length);
}

/**
 * The text that makes `text` (a date written in the article, resolved to `value`) read as
 * `likely`, or undefined when no written part can carry the difference.
 */
export function dateReplacement(text: string, value: string | null | undefined, likely: string | null | undefined): string | undefined {
  const from = parseIso(value);
  const to = parseIso(likely);
  if (!from || !to || (from.day === undefined) !== (to.day === undefined)) return undefined;
  let out: string | undefined = text;
  // The day first: a day number never looks like a month name, and the month's rewrite cannot
  // introduce digits.
  if (out !== undefined && from.day !== undefined && from.day !== to.day) out = rewriteDay(out, from.day, to.day!);
  if (out !== undefined && from.month !== to.month) out = rewriteMonth(out, from.month, to.month);
  if (out !== undefined && from.year !== to.year) {
    const withYear = rewriteYear(out, from.year, to.year);
    // A year that is not written was inferred from the article: the rewritten words resolve to
    // the likely year by the same inference only when the month moved (else nothing changed).
    if (withYear !== undefined) out = withYear;
    else if (from.month === to.month && from.day === to.day) out = undefined;
  }
  return out !== undefined && out !== text ? out : undefined;
}
