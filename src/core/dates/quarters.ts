/**
 * Quarters and halves of a named year, as business news gives them: "the first quarter of 2021",
 * "the second half of last year", "Q3 2020", "H1 2021". A range of months: value its first
 * month, endValue its last. A quarter without its year ("in the first quarter") is left alone:
 * which year it is depends on the company's reporting, not on the text.
 */
import { candidate, noRef, type ScanContext } from './context';
import { formatYM } from './iso';
import type { Candidate } from './types';
import { anchoredMatches, type AnchoredPattern } from './anchored';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
/** "of the year": the reference year, as "of this year". */
const SHIFT: Record<string, number> = { last: -1, this: 0, the: 0, next: 1 };

/** Group 1: ordinal, 2: quarter|half, 3: year, 4: last/this/next/the (before "year"). */
const PART_OF_YEAR_RE =
  /\b(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(quarter|half)\s+of\s+(?:((?:19|20)\d{2})\b(?![,.]?\d)|(last|this|next|the)\s+year\b)/gi;
export const PART_OF_YEAR: AnchoredPattern = { re: PART_OF_YEAR_RE, anchor: /\b(?:quarter|half)\b/gi, reach: { words: 2 } };
/** "Q3 2020", "H1 2021", "Q4 of 2019": group 1 Q|H, 2 its number, 3 the year. A literal start, cheap to scan for. */
const SHORT_RE = /\b([QH])([1-4])(?:\s+of)?\s+((?:19|20)\d{2})\b(?![,.]?\d)/g;

export function findQuarters(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of anchoredMatches(ctx.text, PART_OF_YEAR)) {
    const n = ORDINALS[m[1]!.toLowerCase()]!;
    const half = m[2]!.toLowerCase() === 'half';
    if (half && n > 2) continue;
    const year = m[3] ? Number(m[3]) : ctx.ref ? Number(ctx.ref.slice(0, 4)) + SHIFT[m[4]!.toLowerCase()]! : null;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push(part(ctx, start, m.index + m[0].length, year, half ? 6 : 3, n, m[4] !== undefined));
  }
  for (const m of ctx.text.matchAll(SHORT_RE)) {
    const half = m[1] === 'H';
    const n = Number(m[2]);
    if (half && n > 2) continue;
    out.push(part(ctx, m.index, m.index + m[0].length, Number(m[3]), half ? 6 : 3, n, false));
  }
  return out;
}

/** The `n`th part of `months` months of `year` (null: a relative year without a reference date). */
function part(ctx: ScanContext, start: number, end: number, year: number | null, months: number, n: number, relative: boolean): Candidate {
  const rule = months === 3 ? 'quarter' : 'half-year';
  if (year === null) return candidate(ctx, start, end, null, noRef(rule), { endValue: null, priority: 2 });
  const first = (n - 1) * months + 1;
  return candidate(ctx, start, end, formatYM(year, first), relative ? `${rule}-relative` : rule, { endValue: formatYM(year, first + months - 1), priority: 2 });
}
