// The steps a full analysis of this depth cannot skip, each timed alone on the same text in the
// same process: what any redesign would still pay (chrono-node is the project's date library).
// Answers "how far can the 1 MB figure fall?" with a measurement instead of a guess.
import type { Analyzer } from '../src/core/analyzer';
import { tokenize } from '../src/core/text/tokens';
import { scanGazetteer } from '../src/core/entities/gazetteer';
import { findAbsoluteDates } from '../src/core/dates/absolute';
import { makeContext } from '../src/core/dates/context';
import { assignIds } from '../src/core/annotations/ids';
import { time } from './stats';

export interface FixedCosts {
  /** Word tokens with their lower-case and folded forms (every detector reads them). */
  tokensMs: number;
  /** One walk of the KB's form trie from every token (the known-name lookups, nothing decided). */
  kbWalkMs: number;
  /** chrono-node on the windows around the date cues, its results read (calendar dates only). */
  calendarDatesMs: number;
  /** The annotation objects of the analysis' result, with their text and ids. */
  annotationsMs: number;
  annotations: number;
  sumMs: number;
}

/** Medians of `runs` runs of each step on `text` (after a warm-up run each). */
export function measureFixedCosts(analyzer: Analyzer, text: string, ref: string, runs = 5): FixedCosts {
  const found = analyzer.analyze(text, ref).annotations;
  const tokensMs = time(() => tokenize(text), runs).median;
  const tokens = tokenize(text);
  // A fresh token list each run: the trie walk is remembered per list (see gazetteer.ts).
  const kbWalkMs = time(() => scanGazetteer(text, tokens.slice(), analyzer.index), runs).median;
  const calendarDatesMs = time(() => findAbsoluteDates(makeContext(text, ref)), runs).median;
  const annotationsMs = time(
    () => assignIds(found.map((a) => ({ id: '', start: a.start, end: a.end, text: text.slice(a.start, a.end), label: a.label, rule: a.rule, status: a.status, source: a.source }))),
    runs,
  ).median;
  return { tokensMs, kbWalkMs, calendarDatesMs, annotationsMs, annotations: found.length, sumMs: tokensMs + kbWalkMs + calendarDatesMs + annotationsMs };
}
