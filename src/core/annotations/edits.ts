import type { Annotation } from '../types';
import { isDecided } from './merge';

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
    if (a.status === 'orphaned') out.push(a);
    else if (a.end <= change.start && !(a.end === change.start && a.start === change.start)) out.push(a);
    else if (a.start >= change.end) out.push({ ...a, start: a.start + delta, end: a.end + delta });
    else {
      const moved = recheck(a, change, newText);
      if (moved) out.push(moved);
    }
  }
  return out;
}

function recheck(a: Annotation, change: TextChange, text: string): Annotation | undefined {
  const start = a.start <= change.start ? a.start : change.start + change.text.length;
  if (text.slice(start, start + a.text.length) === a.text) return { ...a, start, end: start + a.text.length };
  const para = paragraphAround(text, Math.min(start, text.length));
  const i = text.slice(para.start, para.end).indexOf(a.text);
  if (a.text && i >= 0) return { ...a, start: para.start + i, end: para.start + i + a.text.length };
  if (!isDecided(a)) return undefined;
  return { ...a, start: Math.min(start, text.length), end: Math.min(start, text.length), status: 'orphaned' };
}

function paragraphAround(text: string, at: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/** Applies a change to a string. */
export const applyChange = (text: string, c: TextChange): string => text.slice(0, c.start) + c.text + text.slice(c.end);
