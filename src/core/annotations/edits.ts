import type { Annotation } from '../types';
import { isDecided } from './merge';
import { byPosition, firstEndingAfter } from '../text/spans';

/** One text change in UTF-16 offsets of the text before it: [start, end) replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * Moves annotations through one edit. Those after it shift; those it touches are re-checked in
 * the new text: kept when their words are still there (at the shifted place or elsewhere in the
 * same paragraph), else orphaned when a person decided on them, else dropped (re-analysis will
 * find them again if they still apply).
 */
export function shiftAnnotations(annotations: Annotation[], change: TextChange, newText: string): Annotation[] {
  const delta = change.text.length - (change.end - change.start);
  const out: Annotation[] = [];
  for (const a of annotations) {
    if (a.status === 'orphaned') out.push(shiftOrphan(a, change, delta, newText));
    else if (a.end <= change.start && !(a.end === change.start && a.start === change.start)) out.push(a);
    else if (a.start >= change.end) out.push({ ...a, start: a.start + delta, end: a.end + delta });
    else {
      const moved = recheck(a, change, newText);
      if (moved) out.push(moved);
    }
  }
  // A re-anchored annotation may have moved past others.
  return out.sort(byPosition);
}

/** An orphan keeps its place in the text: it moves with the text around it. */
function shiftOrphan(a: Annotation, change: TextChange, delta: number, text: string): Annotation {
  const at = a.start >= change.end ? a.start + delta : a.start > change.start ? change.start : a.start;
  const clamped = codePointBoundary(text, Math.min(at, text.length));
  return clamped === a.start && a.end === a.start ? a : { ...a, start: clamped, end: clamped };
}

/** Never inside a surrogate pair: step back to the start of the character. */
function codePointBoundary(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff ? i - 1 : i;
}

function recheck(a: Annotation, change: TextChange, text: string): Annotation | undefined {
  const start = a.start <= change.start ? a.start : change.start + change.text.length;
  if (text.slice(start, start + a.text.length) === a.text) return { ...a, start, end: start + a.text.length };
  const found = a.text ? nearestInParagraph(text, a.text, Math.min(start, text.length)) : -1;
  if (found >= 0) return { ...a, start: found, end: found + a.text.length };
  if (!isDecided(a)) return undefined;
  const at = codePointBoundary(text, Math.min(start, text.length));
  return { ...a, start: at, end: at, status: 'orphaned' };
}

/** The occurrence of `quote` in the paragraph around `at` nearest to it, as a whole word where it can be. */
function nearestInParagraph(text: string, quote: string, at: number): number {
  const para = paragraphRange(text, at);
  let best = -1;
  let bestWhole = false;
  for (let i = text.indexOf(quote, para.start); i >= 0 && i + quote.length <= para.end; i = text.indexOf(quote, i + 1)) {
    const whole = !/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + quote.length] ?? '');
    const better = best < 0 || (whole && !bestWhole) || (whole === bestWhole && Math.abs(i - at) < Math.abs(best - at));
    if (better) [best, bestWhole] = [i, whole];
  }
  return best;
}

/** The paragraph(s) around [start, end): from the blank line before to the blank line after. */
export function paragraphRange(text: string, start: number, end = start): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  const after = text.indexOf('\n\n', end);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/**
 * shiftAnnotations for a long sorted list, in place: only the annotations the change touches are
 * re-checked (and re-sorted among themselves); those after it just move. O(touched + tail)
 * arithmetic instead of a copy and a sort of the whole list per keystroke. Returns the
 * annotations the change touched, as they were before it.
 */
export function shiftInPlace(list: Annotation[], change: TextChange, newText: string): Annotation[] {
  const delta = change.text.length - (change.end - change.start);
  let first = firstEndingAfter(list, change.start);
  while (first > 0 && list[first - 1].end > change.start) first--; // zero-width orphans break monotony
  let after = first;
  while (after < list.length && list[after].start < change.end) after++;
  const before = list.slice(first, after);
  const touched = shiftAnnotations(before, change, newText);
  // The list owns its annotations: move them rather than copy thousands per keystroke.
  for (let k = after; k < list.length; k++) {
    list[k].start += delta;
    list[k].end += delta;
  }
  list.splice(first, after - first, ...touched);
  // A re-checked annotation may have moved past its neighbours (in start, or in end at the same
  // start): restore the order around it.
  const outOfOrder = (i: number) => {
    const prev = list[first + i - 1];
    const next = list[first + i + 1];
    return (!!prev && byPosition(prev, list[first + i]) > 0) || (!!next && byPosition(list[first + i], next) > 0);
  };
  if (touched.some((_, i) => outOfOrder(i))) list.sort(byPosition);
  return before;
}

/** Applies a change to a string. */
export const applyChange = (text: string, c: TextChange): string => text.slice(0, c.start) + c.text + text.slice(c.end);
