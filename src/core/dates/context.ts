/** What every extractor needs: the text, the reference date, sentence bounds and tense lookup. */
import { sentenceAt, splitSentences, tenseAround, type Sentence } from './cues';
import type { Candidate, Tense } from './types';

export interface ScanContext {
  text: string;
  /** 'YYYY-MM-DD' or null. */
  ref: string | null;
  sentences: Sentence[];
  tense(start: number, end: number): Tense;
}

export function makeContext(text: string, ref: string | null): ScanContext {
  const sentences = splitSentences(text);
  return {
    text,
    ref,
    sentences,
    tense: (start, end) => tenseAround(text, start, end, sentenceAt(sentences, start)),
  };
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
