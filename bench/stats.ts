/** Nearest-rank percentile of `xs` (0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const p95 = (xs: readonly number[]) => percentile(xs, 95);

export interface Timing {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarize(samples: number[]): Timing {
  return {
    runs: samples.length,
    median: median(samples),
    p95: p95(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples,
  };
}

/** Times `fn` `runs` times after `warmup` untimed runs; milliseconds per run. */
export function time(fn: () => unknown, runs: number, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) sink(fn());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink(fn());
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

let sinkValue: unknown;
/** Keeps results alive so the optimiser cannot drop the work. */
export function sink(v: unknown): void {
  sinkValue = v;
}
export function lastSink(): unknown {
  return sinkValue;
}

/** MB/s from bytes and milliseconds (MB = 10^6 bytes). */
export const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

export const round = (x: number, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
