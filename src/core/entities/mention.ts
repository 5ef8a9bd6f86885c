import { firstEndingAfter } from '../text/spans';
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
}

/**
 * Non-overlapping mentions kept sorted by start, so that overlap checks are a binary search:
 * detectors ask "is this covered?" for every token of long documents.
 */
export class MentionSet {
  private readonly items: Mention[] = [];

  private firstEndingAfter(start: number): number {
    return firstEndingAfter(this.items, start);
  }

  at(start: number, end: number): Mention | undefined {
    const o = this.items[this.firstEndingAfter(start)];
    return o && o.start < end ? o : undefined;
  }

  covers(start: number, end: number): boolean {
    return this.at(start, end) !== undefined;
  }

  add(m: Mention): boolean {
    if (this.covers(m.start, m.end)) return false;
    this.items.splice(this.firstEndingAfter(m.start), 0, m);
    return true;
  }

  /** Replaces the mentions overlapping `m` by `m` (a detector that knows better). */
  replace(m: Mention): void {
    let i = this.firstEndingAfter(m.start);
    while (i < this.items.length && this.items[i].start < m.end) this.items.splice(i, 1);
    this.items.splice(i, 0, m);
  }

  /** Mentions in text order (a snapshot: detectors may add while iterating it). */
  all(): Mention[] {
    return [...this.items];
  }

  /** Mentions that end at or before `offset`, nearest first, up to `limit`. */
  before(offset: number, limit: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstEndingAfter(offset) - 1; i >= 0 && out.length < limit; i--) out.push(this.items[i]);
    return out;
  }
}
