/** What every extractor needs: the text, the reference date, sentence bounds and tense lookup. */
import { splitSentences, tenseLookup, type Sentence } from './cues';
import type { Candidate, Tense } from './types';

export interface ScanContext {
  text: string;
  /** 'YYYY-MM-DD' or null. */
  ref: string | null;
  sentences: Sentence[];
  tense(start: number, end: number): Tense;
  /** The day weekdays are counted from: the dateline's day when the story was filed before the reference date, else `ref`. */
  weekdayRef: string | null;
}

export function makeContext(text: string, ref: string | null, weekdayRef: string | null = ref): ScanContext {
  const sentences = splitSentences(text);
  // Several dates of a sentence, and several checks of a date, ask for the same sentence: each
  // sentence is read once, then every lookup is a binary search (linear in the text however
  // long a sentence without full stops is).
  return { text, ref, sentences, tense: tenseLookup(text, sentences), weekdayRef };
}

/** Builds a candidate; `text` is always the exact slice so offsets and text cannot disagree. */
export function candidate(
  ctx: ScanContext,
  start: number,
  end: number,
  value: string | null,
  rule: string,
  extra: Partial<Candidate> = {},
): Candidate {
  return { start, end, text: ctx.text.slice(start, end), value, rule, flags: [], priority: 0, ...extra };
}

/** Rule name for a relative date when there is no reference date to resolve it against. */
export function noRef(rule: string): string {
  return `${rule}-no-reference`;
}
