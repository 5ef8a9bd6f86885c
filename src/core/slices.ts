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
