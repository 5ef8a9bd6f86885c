import search from 'approx-string-match';
import type { Annotation } from '../types';
import { offsetConverter } from '../text/offsets';
import type { StoredAnnotation } from './sidecar';

/** How each annotation was found again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'orphaned';

export interface Anchored {
  annotation: Annotation;
  method: AnchorMethod;
}

// Fuzzy quotes may differ by up to this share of their length (Hypothesis uses similar bounds).
const MAX_ERROR_RATE = 0.2;

/**
 * Finds stored annotations again in a text that changed since the sidecar was written, as the
 * Hypothesis client does: by position when the text there is unchanged, else by exact quote with
 * the best prefix/suffix agreement nearest to the old position, else by fuzzy quote. What cannot
 * be found is kept as `orphaned` at its old (clamped) position, never dropped.
 */
export function reanchor(text: string, stored: StoredAnnotation[]): Anchored[] {
  const conv = offsetConverter(text);
  return stored.map((s) => {
    const base: Annotation = { ...strip(s), start: 0, end: 0 };
    const hint = conv.toUtf16(Math.min(s.start, conv.codePointLength));
    const found = byPosition(text, conv.toUtf16(s.start), conv.toUtf16(s.end), s) ?? byQuote(text, s, hint) ?? byFuzzyQuote(text, s, hint);
    if (found) {
      const status = s.status === 'orphaned' ? 'suggested' : s.status;
      return { annotation: { ...base, ...found.span, text: text.slice(found.span.start, found.span.end), status }, method: found.method };
    }
    const at = Math.min(hint, text.length);
    return { annotation: { ...base, start: at, end: at, status: 'orphaned' }, method: 'orphaned' };
  });
}

type Found = { span: { start: number; end: number }; method: AnchorMethod };

function strip(s: StoredAnnotation): Omit<Annotation, 'start' | 'end'> {
  const { prefix: _p, suffix: _s, start: _a, end: _b, ...rest } = s;
  return { ...rest, flags: s.flags as Annotation['flags'] };
}

function byPosition(text: string, start: number, end: number, s: StoredAnnotation): Found | undefined {
  return s.text && text.slice(start, end) === s.text ? { span: { start, end }, method: 'position' } : undefined;
}

function byQuote(text: string, s: StoredAnnotation, hint: number): Found | undefined {
  if (!s.text) return undefined;
  let best: { start: number; score: number } | undefined;
  for (let i = text.indexOf(s.text); i >= 0; i = text.indexOf(s.text, i + 1)) {
    const score = contextScore(text, i, i + s.text.length, s) - Math.abs(i - hint) / Math.max(text.length, 1);
    if (!best || score > best.score) best = { start: i, score };
  }
  return best && { span: { start: best.start, end: best.start + s.text.length }, method: 'quote' };
}

/** Characters of prefix and suffix that agree with the text around a candidate. */
function contextScore(text: string, start: number, end: number, s: StoredAnnotation): number {
  let score = 0;
  const prefix = s.prefix ?? '';
  const suffix = s.suffix ?? '';
  while (score < prefix.length && text[start - 1 - score] === prefix[prefix.length - 1 - score]) score++;
  let k = 0;
  while (k < suffix.length && text[end + k] === suffix[k]) k++;
  return score + k;
}

function byFuzzyQuote(text: string, s: StoredAnnotation, hint: number): Found | undefined {
  if (!s.text || s.text.length < 4) return undefined;
  const maxErrors = Math.floor(s.text.length * MAX_ERROR_RATE);
  const matches = search(text, s.text, maxErrors);
  if (!matches.length) return undefined;
  const best = matches.reduce((a, b) => (rankFuzzy(b, hint) < rankFuzzy(a, hint) ? b : a));
  return { span: { start: best.start, end: best.end }, method: 'fuzzy' };
}

const rankFuzzy = (m: { start: number; errors: number }, hint: number): number => m.errors * 1000 + Math.abs(m.start - hint) / 1000;
