/** Adds `value` to the list under `key`, making the list on first use: grouping stays linear in the values. */
export function pushInto<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list === undefined) groups.set(key, [value]);
  else list.push(value);
}
