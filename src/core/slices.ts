/**
 * `items.map(f)`, `per` items at a time with `pause` between slices: long lists (a long article's
 * 28,000 annotations) handled in the editor without holding its thread for the whole list.
 */
export async function mapInSlices<T, R>(items: readonly T[], f: (item: T) => R, pause: () => Promise<void>, per = 2_000): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += per) {
    if (i) await pause();
    const end = Math.min(items.length, i + per);
    for (let j = i; j < end; j++) out.push(f(items[j]));
  }
  return out;
}

/** KB entities a stepwise index build looks at per step (the editor's preparation: no step holds its thread long). */
export const KB_ENTITIES_PER_STEP = 2000;

/**
 * A build written as a generator that yields between its slices: run at once (a first synchronous
 * analysis, the CLI), or with `pause` at every yield (the editor's preparation steps).
 */
export function runAtOnce<R>(build: Generator<void, R>): R {
  let step = build.next();
  while (!step.done) step = build.next();
  return step.value;
}

export async function runInSteps<R>(build: Generator<void, R>, pause: () => Promise<void>): Promise<R> {
  let step = build.next();
  for (; !step.done; step = build.next()) await pause();
  return step.value;
}

/**
 * An index derived from a KB index, built once per KB version by a stepwise `build`: `get` builds
 * it at once when missing (an analysis needs it now), `prepare` in steps (the editor's preparation).
 */
export function perKbIndex<K extends { changes: number }, T>(build: (index: K) => Generator<void, T>): { get(index: K): T; prepare(index: K, pause: () => Promise<void>): Promise<void> } {
  const cache = new WeakMap<K, { changes: number; value: T }>();
  return {
    get(index) {
      const cached = cache.get(index);
      if (cached && cached.changes === index.changes) return cached.value;
      const value = runAtOnce(build(index));
      cache.set(index, { changes: index.changes, value });
      return value;
    },
    async prepare(index, pause) {
      if (cache.get(index)?.changes === index.changes) return;
      const changes = index.changes;
      const value = await runInSteps(build(index), pause);
      // The KB changed meanwhile: built again on first use.
      if (index.changes === changes) cache.set(index, { changes, value });
    },
  };
}
