/**
 * Dates relative to the reference date, found with our own patterns (chrono resolves them
 * against "now" and loses the precision we want): "yesterday", "last week", "last month",
 * "the previous month", "this year", "December last year", "end of last year", "3 days ago".
 *
 * Week choice: "last week" is given as a range, value = that week's Monday and endValue = its
 * Sunday (ISO weeks), so the hover can say exactly which days are meant.
 *
 * Vague spans keep the precision they carry: "the past week", "a few days ago" and "in recent
 * days" are day ranges ending at (or just before) the reference date; "a few months ago" a range of
 * months; "early next month" the month, "late last year" the year. Their rules are listed in
 * VAGUE_RULES: the hover says that the day is not known.
 */
import { MONTH_ALT, monthNumber } from './cues';
import { candidate, noRef, type ScanContext } from './context';
import { addDays, addMonths, formatYM, formatYMD, isValidIsoValue, weekdayOf } from './iso';
import { resolveWeekday } from './resolve';
import type { Candidate, Tense } from './types';
import { anchorHits, anchoredMatches, type AnchoredPattern } from './anchored';

type Maker = (ctx: ScanContext, m: RegExpExecArray, ref: string) => Candidate | null;

/** A pattern, the anchor each of its matches contains (see anchored.ts), and what it makes. */
interface Pattern extends AnchoredPattern {
  rule: string;
  make: Maker;
}

const DAY_OFFSETS: Record<string, number> = {
  'the day before yesterday': -2,
  'day before yesterday': -2,
  'the day after tomorrow': 2,
  'day after tomorrow': 2,
  yesterday: -1,
  'last night': -1,
  today: 0,
  tonight: 0,
  tomorrow: 1,
};
const SHIFT: Record<string, number> = {
  last: -1, previous: -1, 'the previous': -1, this: 0, 'the current': 0, current: 0, next: 1, 'the next': 1,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
/** How many units "a few" / "several" / "some" may mean: the far end of a vague span. */
const FEW: Record<string, number> = { day: 7, week: 4, month: 4, year: 5 };
/** The near end of "a few days ago": two units back (one would have been "yesterday", "last week"). */
const FEW_NEAREST = 2;

const span = (m: RegExpExecArray, group = 0): [number, number] => {
  const s = m.index + m[0].indexOf(m[group]!);
  return [s, s + m[group]!.length];
};

/** The unit word every period pattern ends with ("last week", "December last year"). */
const PERIOD = /\b(?:week|month|year)\b/gi;
/** The unit word of a span, singular or plural ("the past week", "recent days"). */
const PERIOD_OR_DAYS = /\b(?:day|week|month|year)s?\b/gi;

export const PATTERNS: Pattern[] = [
  {
    re: /\b(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)\b|\b(?:yesterday|today|tonight|tomorrow|last\s+night)\b/gi,
    anchor: /\b(?:day|yesterday|today|tonight|tomorrow|night)\b/gi,
    reach: { words: 1 },
    rule: 'relative-day',
    make: (ctx, m, ref) => {
      const key = m[0].toLowerCase().replace(/\s+/g, ' ');
      const rule = key.includes(' ') ? 'relative-day' : key === 'tonight' ? 'today' : key;
      return candidate(ctx, m.index, m.index + m[0].length, addDays(ref, DAY_OFFSETS[key] ?? 0), rule);
    },
  },
  {
    // "the following month" is narrative-relative: not matched ("the past week" is a span, below).
    // "the last week of June", "the last year of his term" name a part of something else.
    // "the current year" is how translation from Arabic and Russian often writes "this year".
    re: /\b(last|this|next|the\s+previous|previous|the\s+next|the\s+current|current)\s+(week|month|year)\b(?!\s+of\b)/gi,
    anchor: PERIOD,
    reach: { words: 2 },
    rule: 'relative-period',
    make: (ctx, m, ref) => {
      const shift = SHIFT[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
      return periodCandidate(ctx, m.index, m.index + m[0].length, m[2]!.toLowerCase(), shift, ref);
    },
  },
  {
    // "December last year", "December 5 last year", "March this year", "January next year".
    re: new RegExp(`\\b(${MONTH_ALT})\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gi'),
    anchor: PERIOD,
    reach: { words: 4 },
    rule: 'month-relative-year',
    make: (ctx, m, ref) => {
      if (!/^[A-Z]/.test(m[1]!)) return null; // "may", "march": verbs
      const y = Number(ref.slice(0, 4)) + (SHIFT[m[3]!.toLowerCase()] ?? 0);
      const month = monthNumber(m[1]!)!;
      const value = m[2] ? formatYMD(y, month, Number(m[2])) : formatYM(y, month);
      return isValidIsoValue(value) ? candidate(ctx, m.index, m.index + m[0].length, value, 'month-relative-year', { priority: 2 }) : null;
    },
  },
  {
    // "(at the) end of last year" -> December; "beginning of this month" -> that month.
    re: /\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(last|this|next|the)\s+(year|month)\b/gi,
    anchor: PERIOD,
    reach: { words: 4 },
    rule: 'part-of-relative-period',
    make: (ctx, m, ref) => {
      const [s, e] = [m.index + m[0].indexOf(m[1]!), m.index + m[0].length];
      const part = m[1]!.toLowerCase();
      const y = Number(ref.slice(0, 4));
      // "the end of the year" is this year's; told in the past early in a year, it is the one just over.
      const yearJustOver = m[2]!.toLowerCase() === 'the' && part === 'end' && Number(ref.slice(5, 7)) <= 2 && ctx.tense(s, e) === 'past';
      const shift = yearJustOver ? -1 : SHIFT[m[2]!.toLowerCase()] ?? 0;
      if (m[3]!.toLowerCase() === 'month') return periodCandidate(ctx, s, e, 'month', shift, ref);
      // The middle of a year is no one month: the year.
      if (part === 'middle') return candidate(ctx, s, e, String(y + shift), 'middle-of-relative-year', { priority: 2 });
      const month = part === 'end' ? 12 : 1;
      return candidate(ctx, s, e, formatYM(y + shift, month), `${part}-of-relative-year`, { priority: 2 });
    },
  },
  {
    // "the year before last": two years back.
    re: /\bthe\s+year\s+before\s+last\b/gi,
    anchor: /\blast\b/gi,
    reach: { words: 4 },
    rule: 'relative-year',
    make: (ctx, m, ref) => candidate(ctx, m.index, m.index + m[0].length, String(Number(ref.slice(0, 4)) - 2), 'relative-year', { priority: 1 }),
  },
  {
    // "this fiscal year", "last financial year": the fiscal year named by the reference's year.
    re: /\b(last|this|next|the\s+current|the\s+previous|the\s+next)\s+(?:fiscal|financial)\s+year\b/gi,
    anchor: PERIOD,
    reach: { words: 3 },
    rule: 'fiscal-year',
    make: (ctx, m, ref) => candidate(ctx, m.index, m.index + m[0].length, String(Number(ref.slice(0, 4)) + (SHIFT[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0)), 'fiscal-year', { priority: 1 }),
  },
  {
    // "last weekend", "this weekend", "over the weekend", "next weekend": a Saturday-Sunday range.
    re: /\b(last|this|next|the\s+past|the\s+coming|the)\s+weekend\b(?!\s+of\b)/gi,
    anchor: /\bweekend\b/gi,
    reach: { words: 2 },
    rule: 'weekend',
    make: (ctx, m, ref) => {
      const saturday = weekendSaturday(m[1]!.toLowerCase().replace(/\s+/g, ' '), ref, ctx.tense(m.index, m.index + m[0].length));
      return candidate(ctx, m.index, m.index + m[0].length, saturday, 'weekend', { endValue: addDays(saturday, 1) });
    },
  },
  {
    // "the coming days", "the next few weeks", "the coming months", "the next two years": a span
    // that starts at the reference date. ("the next week" alone is next week, above.)
    re: /\bthe\s+(?:coming|next|following)(?:\s+(few|several|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))?\s+(day|week|month|year)s\b|\bthe\s+coming\s+(day|week|month|year)\b(?!\s+of\b)/gi,
    anchor: PERIOD_OR_DAYS,
    reach: { words: 3 },
    rule: 'coming-span',
    make: (ctx, m, ref) => {
      const unit = (m[2] ?? m[3])!.toLowerCase();
      return spanAhead(ctx, m.index, m.index + m[0].length, unit, spanLength(m[1], unit, m[3] === undefined), ref);
    },
  },
  {
    // "early next month", "later this year", "late last year", "mid-next month": the period's
    // value at its own precision, the part word kept in the span.
    re: /\b(early|earlier|late|later|mid)(?:\s+|-)(last|this|next)\s+(week|month|year)\b/gi,
    anchor: PERIOD,
    reach: { words: 3 },
    rule: 'part-of-relative-period',
    make: (ctx, m, ref) => {
      const c = periodCandidate(ctx, m.index, m.index + m[0].length, m[3]!.toLowerCase(), SHIFT[m[2]!.toLowerCase()] ?? 0, ref);
      c.rule = `part-of-${c.rule}`;
      c.priority = 2;
      return c;
    },
  },
  {
    // "the past week", "the past few days", "the last two weeks", "recent days", "the past month":
    // a span that ends at the reference date. "the last week of June" names a week of June: left.
    re: /\b(?:the\s+(?:past|last)(?:\s+(few|several|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))?|recent)\s+(day|week|month|year)s?\b(?!\s+of\b)/gi,
    anchor: PERIOD_OR_DAYS,
    reach: { words: 3 },
    rule: 'past-span',
    make: (ctx, m, ref) => {
      const unit = m[2]!.toLowerCase();
      return spanBack(ctx, m.index, m.index + m[0].length, unit, spanLength(m[1], unit, /s$/i.test(m[0])), 0, ref, 'past-span');
    },
  },
  {
    // "a few days ago", "several weeks ago", "some months ago", "a couple of years ago".
    // "days ago" alone reads as "a few days ago".
    re: /(?:\b(?:a\s+few|few|several|some|a\s+couple\s+of)\s+)?\b(day|week|month|year)s\s+ago\b/gi,
    anchor: /\bago\b/gi,
    reach: { words: 4 },
    rule: 'few-ago',
    make: (ctx, m, ref) => {
      const unit = m[1]!.toLowerCase();
      const far = /couple/i.test(m[0]) ? FEW_NEAREST : FEW[unit]!;
      return spanBack(ctx, m.index, m.index + m[0].length, unit, far, FEW_NEAREST, ref, 'few-ago');
    },
  },
  {
    // "half a year ago": six months back.
    re: /\bhalf\s+a\s+year\s+ago\b/gi,
    anchor: /\bago\b/gi,
    reach: { words: 4 },
    rule: 'ago',
    make: (ctx, m, ref) => {
      const t = addMonths(Number(ref.slice(0, 4)), Number(ref.slice(5, 7)), -6);
      return candidate(ctx, m.index, m.index + m[0].length, formatYM(t.y, t.m), 'ago');
    },
  },
  {
    // "3 days ago", "two weeks ago", "a month ago", "five years ago".
    re: /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi,
    anchor: /\bago\b/gi,
    reach: { words: 2 },
    rule: 'ago',
    make: (ctx, m, ref) => {
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase();
      const [s, e] = span(m);
      if (unit === 'day' || unit === 'week') return candidate(ctx, s, e, addDays(ref, -n * (unit === 'week' ? 7 : 1)), 'ago');
      if (unit === 'month') {
        const t = addMonths(Number(ref.slice(0, 4)), Number(ref.slice(5, 7)), -n);
        return candidate(ctx, s, e, formatYM(t.y, t.m), 'ago');
      }
      return candidate(ctx, s, e, String(Number(ref.slice(0, 4)) - n), 'ago');
    },
  },
];

/** A week (Monday..Sunday range), month ('YYYY-MM') or year ('YYYY') shifted from the reference. */
function periodCandidate(ctx: ScanContext, s: number, e: number, unit: string, shift: number, ref: string): Candidate {
  if (unit === 'week') {
    const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7) + 7 * shift);
    return candidate(ctx, s, e, monday, 'relative-week', { endValue: addDays(monday, 6) });
  }
  const y = Number(ref.slice(0, 4));
  if (unit === 'month') {
    const t = addMonths(y, Number(ref.slice(5, 7)), shift);
    return candidate(ctx, s, e, formatYM(t.y, t.m), 'relative-month');
  }
  return candidate(ctx, s, e, String(y + shift), 'relative-year');
}

/**
 * How many units "the past [count] units" covers: the count when it is a number, FEW[unit] for
 * "few", "several", "recent days" or a bare plural ("the past days"), else one ("the past week").
 */
function spanLength(count: string | undefined, unit: string, plural: boolean): number {
  const n = count === undefined ? undefined : NUMBER_WORDS[count.toLowerCase()] ?? Number(count);
  if (n !== undefined && !Number.isNaN(n)) return n;
  return count !== undefined || plural ? FEW[unit]! : 1;
}

/**
 * The span from `far` units before the reference date to `near` units before it: days and weeks
 * as days ("the past week": the seven days up to the reference), months as 'YYYY-MM', years as
 * 'YYYY'.
 */
function spanBack(ctx: ScanContext, s: number, e: number, unit: string, far: number, near: number, ref: string, rule: string): Candidate {
  if (unit === 'day' || unit === 'week') {
    const days = unit === 'week' ? 7 : 1;
    // "the past week" counts the reference day as its last: seven days in all.
    const first = addDays(ref, -far * days + (near === 0 ? 1 : 0));
    return candidate(ctx, s, e, first, rule, { endValue: addDays(ref, -near * days) });
  }
  const y = Number(ref.slice(0, 4));
  if (unit === 'month') {
    const a = addMonths(y, Number(ref.slice(5, 7)), -far);
    const b = addMonths(y, Number(ref.slice(5, 7)), -near);
    return candidate(ctx, s, e, formatYM(a.y, a.m), rule, far === near ? {} : { endValue: formatYM(b.y, b.m) });
  }
  return candidate(ctx, s, e, String(y - far), rule, far === near ? {} : { endValue: String(y - near) });
}

/**
 * The Saturday of the weekend meant: "last"/"the past" the one before the reference's own week
 * end, "next"/"the coming" the first one after the reference, "this" the coming one unless the
 * clause is past, "the" the latest one unless the clause is future.
 */
function weekendSaturday(word: string, ref: string, tense: Tense): string {
  const inWeekend = weekdayOf(ref) === 6 || weekdayOf(ref) === 0;
  const latest = resolveWeekday(6, ref, 'past');
  if (word === 'last' || word === 'the past') return inWeekend ? addDays(latest, -7) : latest;
  if (word === 'next' || word === 'the coming') return resolveWeekday(6, ref, 'strict-future');
  const past = word === 'this' ? tense === 'past' : tense !== 'future';
  return past ? latest : inWeekend ? latest : resolveWeekday(6, ref, 'future');
}

/** The span from the reference date to `n` units after it, at the unit's precision (see spanBack). */
function spanAhead(ctx: ScanContext, s: number, e: number, unit: string, n: number, ref: string): Candidate {
  if (unit === 'day' || unit === 'week') return candidate(ctx, s, e, ref, 'coming-span', { endValue: addDays(ref, n * (unit === 'week' ? 7 : 1)) });
  const y = Number(ref.slice(0, 4));
  if (unit === 'month') {
    const b = addMonths(y, Number(ref.slice(5, 7)), n);
    return candidate(ctx, s, e, ref.slice(0, 7), 'coming-span', { endValue: formatYM(b.y, b.m) });
  }
  return candidate(ctx, s, e, String(y), 'coming-span', { endValue: String(y + n) });
}

/**
 * Rules of dates that name a stretch of time in which the event lies, not the days it took: the
 * hover says the day is not known. (A month or year value says so by its precision.)
 */
export const VAGUE_RULES: ReadonlySet<string> = new Set(['relative-week', 'part-of-relative-week', 'past-span', 'coming-span', 'few-ago', 'season', 'weekend']);

export function findRelativeDates(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  // Three patterns end with a period word: each anchor's occurrences are found once.
  const hits = new Map<RegExp, number[]>();
  for (const p of PATTERNS) {
    if (!hits.has(p.anchor)) hits.set(p.anchor, anchorHits(ctx.text, p.anchor));
    for (const m of anchoredMatches(ctx.text, p, hits.get(p.anchor))) {
      if (ctx.ref) {
        const c = p.make(ctx, m, ctx.ref);
        if (c) out.push(c);
        continue;
      }
      // No reference: still mark the span (it is a date), but say it cannot be resolved.
      const probe = p.make(ctx, m, '2000-01-15');
      if (probe) out.push(unresolved(probe));
    }
  }
  return out;
}

function unresolved(c: Candidate): Candidate {
  const u: Candidate = { ...c, value: null, rule: noRef(c.rule) };
  if (c.endValue !== undefined) u.endValue = null;
  return u;
}
