import { Writable } from 'node:stream';
import { Analyzer } from '../../src/core/analyzer';
import type { Annotation } from '../../src/core/types';
import { smallKb } from '../fixtures/small-kb';
import { main } from '../../src/cli/main';

export const smallAnalyzer = new Analyzer(smallKb);

/** The annotation covering the n-th (1-based) occurrence of `s` in `text`. */
export function annotationAt(text: string, annotations: Annotation[], s: string, n = 1): Annotation | undefined {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(s, at + 1);
  if (at < 0) throw new Error(`"${s}" not in text`);
  return annotations.find((a) => a.start <= at && at < a.end);
}

/** The fixes an analyzer makes in `text`, as "span -> replacement (confidence)". */
export function fixesIn(analyzer: Analyzer, text: string, ref = '2024-06-12'): string[] {
  return analyzer
    .analyze(text, ref)
    .annotations.filter((a) => a.correction)
    .map((a) => `${a.text} -> ${a.correction!.replacement} (${a.correction!.confidence})`);
}

/** A small seeded random number generator (the same sequence on every run). */
export function prng(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

export function analyzeSmall(text: string, ref: string | null = '2020-01-08'): Annotation[] {
  return smallAnalyzer.analyze(text, ref).annotations;
}

/** A writable stream that keeps what is written (for the CLI's stdout and stderr). */
export function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(c, _e, cb) {
      chunks.push(String(c));
      cb();
    },
  }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

/** Runs the CLI in this process: its exit code and what it wrote. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(argv, out, err);
  return { code, out: out.text(), err: err.text() };
}
