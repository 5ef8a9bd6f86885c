import type { Annotation } from '../types';
import { assignIds, type IdRegistry } from './ids';

const overlaps = (a: Annotation, b: Annotation): boolean => a.start < b.end && b.start < a.end;

/** A person's decision that re-analysis must respect. */
export const isDecided = (a: Annotation): boolean => a.source === 'manual' || a.status !== 'suggested';

/**
 * Merges a fresh automatic analysis with what was there before: manual, accepted, rejected and
 * orphaned annotations are kept as they are; a fresh suggestion is dropped where a decision covers
 * its text (a rejected one stays rejected); the previous suggestions are replaced by the fresh ones,
 * which inherit their ids when the span and label are unchanged.
 */
export function mergeAnnotations(previous: Annotation[], fresh: Annotation[], reserved: { has(id: string): boolean } = new Set<string>()): Annotation[] {
  const decided = previous.filter(isDecided);
  const coveredByDecision = overlapIndex(decided);
  const kept = fresh.filter((f) => !coveredByDecision(f));
  const own = new Set(decided.map((d) => d.id));
  const taken: IdRegistry = { has: (id) => own.has(id) || reserved.has(id), add: (id) => own.add(id) };
  // A fresh suggestion on the same words with the same label keeps the old one's id.
  const old = new Map(previous.filter((a) => !isDecided(a)).map((a) => [`${a.start}:${a.end}:${a.label}`, a.id]));
  for (const f of kept) {
    const id = old.get(`${f.start}:${f.end}:${f.label}`);
    f.id = id && !taken.has(id) ? id : '';
    if (f.id) taken.add(f.id);
  }
  assignIds(kept, taken);
  return [...decided, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Decided annotations sorted by start, with the running maximum of their ends: an overlap test is
 * a binary search and a backward scan that stops as soon as nothing earlier can reach the span.
 */
function overlapIndex(decided: Annotation[]): (f: Annotation) => boolean {
  const sorted = decided.filter((d) => d.status !== 'orphaned').sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const [i, d] of sorted.entries()) maxEnd.push(Math.max(d.end, maxEnd[i - 1] ?? 0));
  return (f) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < f.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && maxEnd[i] > f.start; i--) if (overlaps(sorted[i], f)) return true;
    return false;
  };
}
