import { firstEndingAfter, mergeSorted } from '../text/spans';
import type { Correction, EntityLabel } from '../types';
import type { KbEntity } from '../kb/model';

/** An entity mention found by one of the detectors (UTF-16 offsets). */
export interface Mention {
  start: number;
  end: number;
  label: EntityLabel;
  entity?: KbEntity;
  /** Canonical name when there is no KB entity (e.g. "Libyan government"). */
  canonical?: string;
  correction?: Correction;
  rule: string;
  /**
   * A hint that still ties the article's other spellings of its name to it (coreference.ts): a
   * sound-alike whose person's country is in the article, which is a hint only because a name
   * written right is likelier.
   */
  tiesVariants?: boolean;
}

/**
 * Non-overlapping mentions kept sorted by start, so that overlap checks are a binary search:
 * detectors ask "is this covered?" for every token of long documents.
 */
export class MentionSet {
  private items: Mention[] = [];
  /**
   * Mentions added since the last merge, sorted. A detector adds in text order, so appending here
   * and merging once (at the next read of the whole set) avoids one array shift per mention.
   */
  private readonly pending: Mention[] = [];

  private firstEndingAfter(start: number): number {
    return firstEndingAfter(this.items, start);
  }

  at(start: number, end: number): Mention | undefined {
    const o = this.items[this.firstEndingAfter(start)];
    if (o && o.start < end) return o;
    const p = this.pending[firstEndingAfter(this.pending, start)];
    return p && p.start < end ? p : undefined;
  }

  covers(start: number, end: number): boolean {
    return this.at(start, end) !== undefined;
  }

  add(m: Mention): boolean {
    if (this.covers(m.start, m.end)) return false;
    const last = this.pending[this.pending.length - 1];
    // Out of order (the next detector starts again at the top): merge what is pending first.
    if (last && last.start >= m.start) this.flush();
    this.pending.push(m);
    return true;
  }

  /** Merges the pending mentions into the sorted list (linear). */
  private flush(): void {
    if (!this.pending.length) return;
    this.items = mergeSorted(this.items, this.pending, (a, b) => a.start - b.start);
    this.pending.length = 0;
  }

  /** Replaces the mentions overlapping `m` by `m` (a detector that knows better). */
  replace(m: Mention): void {
    const [i, j] = overlapping(this.items, m);
    const [pi, pj] = overlapping(this.pending, m);
    // Usually one mention gives way to its correction: swap it in place. Otherwise the new one
    // joins the pending list, merged at the next full read: a splice of the whole list per
    // replacement would be quadratic over a long document (removing two or more is rare).
    if (j === i + 1 && pi === pj) {
      this.items[i] = m;
      return;
    }
    if (j > i) this.items.splice(i, j - i);
    this.pending.splice(pi, pj - pi, m);
  }

  /** Removes `m` (a detector's mention that a later check overrules). */
  remove(m: Mention): void {
    for (const list of [this.items, this.pending]) {
      const i = list.indexOf(m);
      if (i >= 0) list.splice(i, 1);
    }
  }

  /** Mentions in text order (a snapshot: detectors may add while iterating it). */
  all(): Mention[] {
    this.flush();
    return [...this.items];
  }

  /** Mentions that end at or before `offset`, nearest first, up to `limit` (no merge needed). */
  before(offset: number, limit: number): Mention[] {
    const take = (list: Mention[]) => {
      const out: Mention[] = [];
      for (let i = firstEndingAfter(list, offset) - 1; i >= 0 && out.length < limit; i--) out.push(list[i]);
      return out;
    };
    return [...take(this.items), ...take(this.pending)].sort((a, b) => b.end - a.end).slice(0, limit);
  }
}

/** The index range [i, j) of the items of `sorted` (sorted, disjoint) that overlap `m`. */
function overlapping(sorted: readonly Mention[], m: Mention): [number, number] {
  const i = firstEndingAfter(sorted, m.start);
  let j = i;
  while (j < sorted.length && sorted[j].start < m.end) j++;
  return [i, j];
}
