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

/** Whether `span` overlaps one of `sorted` (sorted, not overlapping one another). */
export function overlapsSorted(sorted: readonly Spanned[], span: Spanned): boolean {
  const o = sorted[firstEndingAfter(sorted, span.start)];
  return !!o && o.start < span.end;
}
