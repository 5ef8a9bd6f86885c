/** Appends `value` to the list of `key` in a map of lists. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `value` to the set of `key` in a map of sets. */
export function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Sets `inner` to `value` in the map of `key` in a map of maps. */
export function setIn<K, I, V>(map: Map<K, Map<I, V>>, key: K, inner: I, value: V): void {
  const m = map.get(key);
  if (m) m.set(inner, value);
  else map.set(key, new Map([[inner, value]]));
}
