// The steps a full analysis of this depth cannot skip, each timed alone on the same text in the
// same process: what any redesign would still pay (chrono-node is the project's date library).
// Answers "how far can the 1 MB figure fall?" with a measurement instead of a guess.
import type { Analyzer } from '../src/core/analyzer';
import { tokenize } from '../src/core/text/tokens';
import { scanGazetteer } from '../src/core/entities/gazetteer';
import { findAbsoluteDates } from '../src/core/dates/absolute';
import { makeContext } from '../src/core/dates/context';
import { assignIds } from '../src/core/annotations/ids';
import { median, sink } from './stats';

export interface FixedCosts {
  /** Word tokens with their lower-case and folded forms (every detector reads them). */
  tokensMs: number;
  /** One walk of the KB's form trie from every token (the known-name lookups, nothing decided). */
  kbWalkMs: number;
  /** Sentences split, chrono-node on the windows around the date cues, its results read (calendar dates only). */
  calendarDatesMs: number;
  /** The annotation objects of the analysis' result, with their text and ids. */
  annotationsMs: number;
  annotations: number;
  sumMs: number;
  /** The full analysis, timed in the same rounds (this machine drifts: compare within a round). */
  fullMs: number;
}

/**
 * Medians over `rounds` rounds on `text`, each round timing every step and then the full
 * analysis back to back (after a warm-up round).
 */
export function measureFixedCosts(analyzer: Analyzer, text: string, ref: string, rounds = 5): FixedCosts {
  const found = analyzer.analyze(text, ref).annotations;
  const tokens = tokenize(text);
  const steps = {
    tokensMs: () => tokenize(text),
    // A fresh token list each time: the trie walk is remembered per list (see gazetteer.ts).
    kbWalkMs: () => scanGazetteer(text, tokens.slice(), analyzer.index),
    calendarDatesMs: () => findAbsoluteDates(makeContext(text, ref)),
    annotationsMs: () => assignIds(found.map((a) => ({ id: '', start: a.start, end: a.end, text: text.slice(a.start, a.end), label: a.label, rule: a.rule, status: a.status, source: a.source }))),
    fullMs: () => analyzer.analyze(text, ref),
  };
  type Step = keyof typeof steps;
  const samples = new Map<Step, number[]>(Object.keys(steps).map((name) => [name as Step, []]));
  for (let r = 0; r <= rounds; r++) {
    for (const [name, step] of Object.entries(steps) as Array<[Step, () => unknown]>) {
      const t0 = performance.now();
      sink(step());
      if (r > 0) samples.get(name)!.push(performance.now() - t0); // round 0 warms up
    }
  }
  const m = (name: Step) => median(samples.get(name)!);
  const sumMs = m('tokensMs') + m('kbWalkMs') + m('calendarDatesMs') + m('annotationsMs');
  return { tokensMs: m('tokensMs'), kbWalkMs: m('kbWalkMs'), calendarDatesMs: m('calendarDatesMs'), annotationsMs: m('annotationsMs'), annotations: found.length, sumMs, fullMs: m('fullMs') };
}
