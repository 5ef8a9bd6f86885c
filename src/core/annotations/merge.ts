import type { Annotation } from '../types';
import { assignIds } from './ids';

const overlaps = (a: Annotation, b: Annotation): boolean => a.start < b.end && b.start < a.end;
const sameSpan = (a: Annotation, b: Annotation): boolean => a.start === b.start && a.end === b.end;

/** A person's decision that re-analysis must respect. */
export const isDecided = (a: Annotation): boolean => a.source === 'manual' || a.status !== 'suggested';

/**
 * Merges a fresh automatic analysis with what was there before: manual, accepted, rejected and
 * orphaned annotations are kept as they are; a fresh suggestion is dropped where a decision covers
 * its text (a rejected one stays rejected); the previous suggestions are replaced by the fresh ones,
 * which inherit their ids when the span and label are unchanged.
 */
export function mergeAnnotations(previous: Annotation[], fresh: Annotation[], reserved: ReadonlySet<string> = new Set()): Annotation[] {
  const decided = previous.filter(isDecided);
  const oldSuggestions = previous.filter((a) => !isDecided(a));
  const kept = fresh.filter((f) => !decided.some((d) => d.status !== 'orphaned' && overlaps(d, f)));
  const taken = new Set([...reserved, ...decided.map((d) => d.id)]);
  for (const f of kept) {
    const same = oldSuggestions.find((o) => sameSpan(o, f) && o.label === f.label && !taken.has(o.id));
    f.id = same ? same.id : '';
    if (same) taken.add(same.id);
  }
  assignIds(kept, taken);
  return [...decided, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}
