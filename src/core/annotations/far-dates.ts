import type { Annotation } from '../types';
import { farVerdicts, type FarVerdict } from '../dates/index';
import { fnv1a } from './ids';

/**
 * The far-from-reference check over the automatic dates of `annotations` (an article's, in text
 * order, found in pieces or paragraphs without it): the verdict for each date one pass over the
 * whole article flags.
 */
export function farVerdictsOf(annotations: readonly Annotation[], ref: string | null): Map<Annotation, FarVerdict> {
  const dates = annotations.filter(isJudged);
  const byAnnotation = new Map<Annotation, FarVerdict>();
  for (const [i, v] of farVerdicts(dates, ref)) byAnnotation.set(dates[i], v);
  return byAnnotation;
}

/** Adds verdict `v` to a date found without the check, after its other flags (as one pass orders them). */
export function addFarFlag(a: Annotation, v: FarVerdict): void {
  a.flags = [...(a.flags ?? []), 'far-from-reference'];
  a.likelyValue = a.likelyValue ?? v.likely ?? null;
  a.description = a.description ? `${a.description} ${v.reason}` : v.reason;
}

/** Whether date `a` carries exactly verdict `v` (no far-from-reference flag when `v` is undefined). */
export function carriesVerdict(a: Annotation, v: FarVerdict | undefined): boolean {
  const flagged = a.flags?.includes('far-from-reference') ?? false;
  return v ? flagged && (a.description ?? '').endsWith(v.reason) : !flagged;
}

/** The dates the check judges and counts as support: the analyzer's (a person's own are not). */
const isJudged = (a: Annotation): boolean => a.label === 'DATE' && a.source === 'auto' && a.status !== 'orphaned';

/**
 * The verdicts of an article's dates, reusable while its dates stay the same: a date's verdict
 * depends only on its own words and value and on the article's dates (their values and rules) and
 * reference date. A keystroke rarely changes those; on a long article, judging every date again
 * per keystroke would cost more than the paragraph's analysis.
 */
export class FarVerdictCache {
  private print = '';
  /** The dates that carry a verdict, by words, value and rule; the others have none. */
  private readonly far = new Map<string, FarVerdict>();

  /** The verdict of each of `dates` when the article's dates have fingerprint `print` (farFingerprint) as at the last `remember`; else undefined. */
  lookup(print: string, dates: Iterable<Annotation>): Map<Annotation, FarVerdict> | undefined {
    if (print !== this.print) return undefined;
    const out = new Map<Annotation, FarVerdict>();
    for (const a of dates) {
      const v = this.far.get(dateKey(a));
      if (v) out.set(a, v);
    }
    return out;
  }

  /** Remembers `verdicts` (farVerdictsOf the article's annotations, whose dates have fingerprint `print`). */
  remember(print: string, verdicts: ReadonlyMap<Annotation, FarVerdict>): void {
    this.print = print;
    this.far.clear();
    for (const [a, v] of verdicts) this.far.set(dateKey(a), v);
  }
}

const dateKey = (a: Annotation): string => `${a.text}\u0000${a.value}\u0000${a.rule}`;

/**
 * The article's judged dates as a multiset (their count and the sum of hashes of value and rule)
 * with its reference date: what the verdicts depend on. One pass, no strings built.
 */
export function farFingerprint(annotations: readonly Annotation[], ref: string | null): string {
  let n = 0;
  let sum = 0;
  for (const a of annotations) {
    if (!isJudged(a)) continue;
    n++;
    sum = (sum + fnv1a(a.value ?? '') + Math.imul(fnv1a(a.rule ?? ''), 31)) >>> 0;
  }
  return `${ref}:${n}:${sum}`;
}
