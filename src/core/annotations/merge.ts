import type { Annotation } from '../types';
import { assignIds, type IdRegistry } from './ids';
import { byPosition, mergeSorted } from '../text/spans';

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
  // The first analysis: the analyzer numbered `fresh` exactly as assignIds would here.
  if (!previous.length && reserved instanceof Set && !reserved.size && fresh.every((f) => f.id)) return inTextOrder([], fresh);
  const decided = previous.filter(isDecided);
  const coveredByDecision = overlapIndex(decided);
  const kept = decided.length ? fresh.filter((f) => !coveredByDecision(f)) : fresh;
  const own = new Set(decided.map((d) => d.id));
  const taken: IdRegistry = { has: (id) => own.has(id) || reserved.has(id), add: (id) => own.add(id) };
  // A fresh suggestion on the same words with the same label keeps the old one's id.
  const old = suggestionsByStart(previous);
  for (const f of kept) {
    const id = sameSpan(old.get(f.start), f)?.id;
    f.id = id && !taken.has(id) ? id : '';
    if (f.id) taken.add(f.id);
  }
  assignIds(kept, taken);
  return inTextOrder(decided, kept);
}

/** The undecided annotations by start offset (a numeric key: no key strings to build). */
function suggestionsByStart(previous: Annotation[]): Map<number, Annotation[]> {
  const byStart = new Map<number, Annotation[]>();
  for (const a of previous) {
    if (isDecided(a)) continue;
    const list = byStart.get(a.start);
    if (list) list.push(a);
    else byStart.set(a.start, [a]);
  }
  return byStart;
}

/** The last of `list` with the span and label of `f` (the last wins, as in a map by span). */
function sameSpan(list: Annotation[] | undefined, f: Annotation): Annotation | undefined {
  for (let i = (list?.length ?? 0) - 1; i >= 0; i--) if (list![i].end === f.end && list![i].label === f.label) return list![i];
  return undefined;
}

const isSorted = (list: Annotation[]): boolean => list.every((a, i) => i === 0 || byPosition(list[i - 1], a) <= 0);

/** Both lists in text order, `first`'s before `second`'s at the same span: one merge pass when both are sorted. */
function inTextOrder(first: Annotation[], second: Annotation[]): Annotation[] {
  return isSorted(first) && isSorted(second) ? mergeSorted(first, second, byPosition) : [...first, ...second].sort(byPosition);
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
