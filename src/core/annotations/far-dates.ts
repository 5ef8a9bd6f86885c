import type { Annotation } from '../types';
import { farVerdicts, type FarVerdict } from '../dates/index';

/**
 * The far-from-reference check over the automatic dates of `annotations` (an article's, in text
 * order, found in pieces or paragraphs without it): every date it judges, in text order, with the
 * verdict one pass over the whole article gives it (undefined: not questioned).
 */
export function farVerdictsOf(annotations: readonly Annotation[], ref: string | null): Map<Annotation, FarVerdict | undefined> {
  const dates = annotations.filter(isJudged);
  const verdicts = farVerdicts(dates, ref);
  // A loop, not new Map(dates.map(...)): an edit that touches a date runs this over thousands.
  const out = new Map<Annotation, FarVerdict | undefined>();
  for (let i = 0; i < dates.length; i++) out.set(dates[i], verdicts.get(i));
  return out;
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
export const isJudged = (a: Annotation): boolean => a.label === 'DATE' && a.source === 'auto' && a.status !== 'orphaned';

/** What a date's verdict depends on besides the article's other dates: its words, value and rule. */
export const dateKey = (a: Annotation): string => `${a.text}\u0000${a.value}\u0000${a.rule}`;
