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

/** Mentions sorted by start, later detectors never overlapping earlier ones. */
export class MentionSet {
  private readonly items: Mention[] = [];

  add(m: Mention): boolean {
    if (this.items.some((o) => o.start < m.end && m.start < o.end)) return false;
    this.items.push(m);
    return true;
  }

  /** Replaces the mentions overlapping `m` by `m` (a detector that knows better). */
  replace(m: Mention): void {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const o = this.items[i];
      if (o.start < m.end && m.start < o.end) this.items.splice(i, 1);
    }
    this.items.push(m);
  }

  covers(start: number, end: number): boolean {
    return this.items.some((o) => o.start < end && start < o.end);
  }

  at(start: number, end: number): Mention | undefined {
    return this.items.find((o) => o.start < end && start < o.end);
  }

  all(): Mention[] {
    return [...this.items].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
