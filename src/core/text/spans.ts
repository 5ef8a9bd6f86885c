/** Anything with UTF-16 offsets. */
export interface Spanned {
  start: number;
  end: number;
}

/**
 * Index of the first of `sorted` (sorted by start, not overlapping one another) that ends after
 * `offset`: where an overlap search for a span starting at `offset` begins. Binary search.
 */
export function firstEndingAfter(sorted: readonly Spanned[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of `sorted` (sorted by start) that starts at or after `offset`. Binary search. */
export function firstStartingAt(sorted: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `span` overlaps one of `sorted` (sorted, not overlapping one another). */
export function overlapsSorted(sorted: readonly Spanned[], span: Spanned): boolean {
  const o = sorted[firstEndingAfter(sorted, span.start)];
  return !!o && o.start < span.end;
}

/** Text order: by start, then by end. */
export const byPosition = (a: Spanned, b: Spanned): number => a.start - b.start || a.end - b.end;

/**
 * One list in the order `compare` gives, from two lists already in that order; `first`'s item
 * comes first where they compare equal. Linear.
 */
export function mergeSorted<T>(first: readonly T[], second: readonly T[], compare: (a: T, b: T) => number): T[] {
  // Sized once: the lists run to tens of thousands of items on a long document (no regrowth).
  const out = new Array<T>(first.length + second.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = j >= second.length || (i < first.length && compare(first[i], second[j]) <= 0) ? first[i++] : second[j++];
  }
  return out;
}
