/** What every extractor needs: the text, the reference date, sentence bounds and tense lookup. */
import { sentenceAt, splitSentences, tenseAround, tenseCues, type Sentence, type TenseCue } from './cues';
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
  // Several dates of a sentence, and several checks of a date, ask for the same sentence's cues.
  const cues = new Map<number, TenseCue[]>();
  const cuesOf = (s: Sentence): TenseCue[] => {
    let found = cues.get(s.start);
    if (!found) cues.set(s.start, (found = tenseCues(text.slice(s.start, s.end))));
    return found;
  };
  return {
    text,
    ref,
    sentences,
    tense: (start, end) => {
      const s = sentenceAt(sentences, start);
      return tenseAround(text, start, end, s, cuesOf(s));
    },
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
