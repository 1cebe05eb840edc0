/**
 * Turns results that arrive in any order, each with its index, into calls in index order: each result is passed
 * on as soon as every one before it has been, so a slow one holds back only those after it.
 */
export function inInputOrder<T>(deliver: (item: T) => void): (index: number, item: T) => void {
  const waiting = new Map<number, T>();
  let next = 0;
  return (index, item) => {
    waiting.set(index, item);
    while (waiting.has(next)) {
      const ready = waiting.get(next) as T;
      waiting.delete(next++);
      deliver(ready);
    }
  };
}
