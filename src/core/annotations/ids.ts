import { PairMemo } from '../memo';

/** Short stable hash (FNV-1a, base 36) for ids. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Ids already in use: a Set, or any view that answers `has` and records `add`. */
export interface IdRegistry {
  has(id: string): boolean;
  add(id: string): unknown;
}

/**
 * Gives each annotation an id from its label, text and occurrence number, so that re-analysing
 * an unchanged text yields the same ids, and an edit elsewhere rarely changes them.
 * `seen` (occurrences per label and text so far) lets a long list be numbered in pieces: calls
 * on consecutive pieces sharing `taken` and `seen` give the ids of one call on the whole list.
 */
export function assignIds<T extends { label: string; text: string; id?: string }>(items: T[], taken: IdRegistry = new Set<string>(), seen = new Map<string, number>()): T[] {
  for (const a of items) {
    if (a.id) continue;
    const base = baseOf(a.label, a.text);
    let n = seen.get(base) ?? 0;
    let id = `${base}-${n}`;
    while (taken.has(id)) id = `${base}-${++n}`;
    seen.set(base, n + 1);
    taken.add(id);
    a.id = id;
  }
  return items;
}

// The same names recur through an article and across articles: their id base ("person-1x2y3z")
// is made once per label and text, up to a bound.
const bases = new PairMemo((label, text) => `${label.toLowerCase()}-${shortHash(text)}`, 100_000);
const baseOf = (label: string, text: string): string => bases.get(label, text);
