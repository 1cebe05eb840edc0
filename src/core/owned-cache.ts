/**
 * What is worked out about an object, kept on the object itself (a non-enumerable property under a symbol of
 * the cache's own), not in a WeakMap. Like a WeakMap it goes when its object goes; unlike one it does not hold up
 * the browser: V8 marks what only a WeakMap's entries hold in the stop-the-world pause of a full garbage
 * collection, and a register's cached lots, keys and cells held that way stopped the pane for 100 ms and more
 * (docs/performance.md). Held by their object, they are marked alongside it, concurrently.
 */
export class OwnedCache<K extends object, V> {
  private readonly key: symbol;

  constructor(description: string) {
    this.key = Symbol(description);
  }

  get(owner: K): V | undefined {
    return (owner as Record<symbol, V | undefined>)[this.key];
  }

  set(owner: K, value: V): void {
    Object.defineProperty(owner, this.key, { value, configurable: true, writable: true, enumerable: false });
  }
}
