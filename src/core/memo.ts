/**
 * Values remembered per pair of string keys, up to a bound (past it, all are forgotten at once):
 * for facts about words and names that recur through an article and across articles. Two maps
 * deep, so that no key string is built for a lookup.
 */
export class PairMemo<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(
    private readonly compute: (first: string, second: string) => V,
    private readonly limit: number,
  ) {}

  get(first: string, second: string): V {
    let inner = this.byFirst.get(first);
    const known = inner?.get(second);
    if (known !== undefined) return known;
    if (++this.size > this.limit) {
      this.byFirst.clear();
      this.size = 1;
      inner = undefined;
    }
    if (!inner) this.byFirst.set(first, (inner = new Map()));
    const value = this.compute(first, second);
    inner.set(second, value);
    return value;
  }
}

/** Values remembered per string key, up to a bound (past it, all are forgotten at once). `compute` never returns undefined. */
export class Memo<V> {
  private readonly byKey = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit: number,
  ) {}

  get(key: string): V {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const value = this.compute(key);
    if (this.byKey.size >= this.limit) this.byKey.clear();
    this.byKey.set(key, value);
    return value;
  }
}
