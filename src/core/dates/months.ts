/**
 * Months without a day: "in March", "early February", "mid-January", "end of December",
 * "last December", "between March and May", "from March to May 2019". A month name alone is
 * only a date when capitalised and introduced by a preposition or a part-of-month word, so the
 * verbs "may" and "march" are never read as months.
 */
import { FULL_MONTH_ALT, MONTH_ALT, monthNumber } from './cues';
import { candidate, noRef, type ScanContext } from './context';
import { formatYM } from './iso';
import { resolveMonth } from './resolve';
import type { Candidate, Tense } from './types';
import { anchoredMatches, type AnchoredPattern } from './anchored';

const PART = '(?:early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of)';
const CUE = '(?:in|since|by|until|till|from|during|before|after|throughout|through|of|between|and|or|last|next|this)';
/** Group 1: part-of-month words, 2: cue word, 3: month. Day or year after it -> chrono's job. */
const MONTH_ONLY_RE = new RegExp(`(?:\\b(${PART})(?:\\s+|-))?(?:\\b(${CUE})\\s+)?\\b(${FULL_MONTH_ALT})\\b(?![\\s.,]*\\d)`, 'gi');
/** Every month-only match holds a month name at most four words in ("the beginning of in March"). */
export const MONTH_ONLY: AnchoredPattern = { re: MONTH_ONLY_RE, anchor: new RegExp(`\\b(?:${FULL_MONTH_ALT})\\b`, 'gi'), reach: { words: 4 } };
const YEAR = '((?:19|20)\\d{2})';
const MONTH_RANGE_RE = new RegExp(
  `\\b(?:between|from)\\s+((${FULL_MONTH_ALT})(?:\\s+${YEAR})?\\s+(?:and|to|until|till|through)\\s+(${FULL_MONTH_ALT})(?:,?\\s+${YEAR})?)\\b`,
  'gi',
);

export function findMonths(ctx: ScanContext): Candidate[] {
  return [...monthRanges(ctx), ...singleMonths(ctx)];
}

function singleMonths(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of anchoredMatches(ctx.text, MONTH_ONLY)) {
    const [, part, cue, name] = m;
    if (!/^[A-Z]/.test(name!) || (!part && !cue)) continue;
    const cueWord = cue?.toLowerCase();
    // The span keeps "early"/"end of" (they say which part) and "last"/"next" (they fix the year).
    const startWord = part ?? (cueWord === 'last' || cueWord === 'next' ? cue : name)!;
    const start = m.index + m[0].indexOf(startWord);
    const end = m.index + m[0].length;
    const month = monthNumber(name!)!;
    if (!ctx.ref) {
      out.push(candidate(ctx, start, end, null, noRef('month')));
      continue;
    }
    const tense: Tense = cueWord === 'next' ? 'future' : cueWord === 'last' ? 'past' : ctx.tense(start, end);
    let value = resolveMonth(month, ctx.ref, tense);
    // "last December" is strictly before the reference month, "next March" strictly after.
    if (cueWord === 'last' && value >= ctx.ref.slice(0, 7)) value = formatYM(Number(value.slice(0, 4)) - 1, month);
    if (cueWord === 'next' && value <= ctx.ref.slice(0, 7)) value = formatYM(Number(value.slice(0, 4)) + 1, month);
    out.push(candidate(ctx, start, end, value, 'month'));
  }
  return out;
}

/**
 * "last May" in an article that writes this year's months as "July this year" (as translation
 * renders 今年7月, and 去年5月 as "last May"): the writer marks the current year, so "last" speaks
 * of the year before. Such months move back a year when still in the reference year.
 */
export function lastMonthsOfLastYear(all: Candidate[], ref: string | null, marksThisYear: boolean): void {
  if (!ref || !marksThisYear) return;
  const year = ref.slice(0, 4);
  for (const c of all) {
    if (c.rule !== 'month' || !c.value?.startsWith(year) || !LAST_RE.test(c.text)) continue;
    c.value = formatYM(Number(year) - 1, Number(c.value.slice(5, 7)));
    c.rule = 'month-last-year';
  }
}
const LAST_RE = /^last\s/i;

/**
 * Whether `text` writes a month of this year as "July this year" or "July 5 this year". Found
 * from the few "this year" in the text (a literal search, fast even over a long article that a
 * paragraph re-analysed after an edit belongs to).
 */
export function marksThisYear(text: string): boolean {
  for (let at = text.indexOf(' this year'); at >= 0; at = text.indexOf(' this year', at + 1)) {
    // A capitalised month: "may" and "march" in lower case are verbs.
    const month = MONTH_BEFORE_RE.exec(text.slice(Math.max(0, at - 24), at + 1));
    if (month && /^[A-Z]/.test(month[0])) return true;
  }
  return false;
}
const MONTH_BEFORE_RE = new RegExp(`\\b(?:${MONTH_ALT})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?$`, 'i');

/** "between March and May": value = first month, endValue = last month, years shared or explicit. */
function monthRanges(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  MONTH_RANGE_RE.lastIndex = 0;
  for (let m = MONTH_RANGE_RE.exec(ctx.text); m; m = MONTH_RANGE_RE.exec(ctx.text)) {
    const [, inner, n1, y1, n2, y2] = m;
    if (!/^[A-Z]/.test(n1!) || !/^[A-Z]/.test(n2!)) continue;
    const start = m.index + m[0].indexOf(inner!);
    const end = start + inner!.length;
    const m1 = monthNumber(n1!)!;
    const m2 = monthNumber(n2!)!;
    let startYear: number | null = y1 ? Number(y1) : null;
    let endYear: number | null = y2 ? Number(y2) : null;
    if (startYear === null && endYear !== null) startYear = m1 <= m2 ? endYear : endYear - 1;
    if (startYear === null && ctx.ref) startYear = Number(resolveMonth(m1, ctx.ref, ctx.tense(start, end)).slice(0, 4));
    if (endYear === null && startYear !== null) endYear = m2 >= m1 ? startYear : startYear + 1;
    const rule = startYear === null ? noRef('month-range') : 'month-range';
    out.push(
      candidate(ctx, start, end, startYear === null ? null : formatYM(startYear, m1), rule, {
        endValue: endYear === null ? null : formatYM(endYear, m2),
        priority: 2,
      }),
    );
  }
  return out;
}
