/** Stepping through work written in pieces (core/pieces.ts) and seeing how much of a grid each piece reads. */
import type { Pieces } from "../../src/core/pieces";

/**
 * `rows` behind a proxy that notes which rows are read (by index): what a piece of work touched, between two
 * `take()`s.
 */
export function watchedRows<T>(rows: T[]): { readonly rows: T[]; take(): Set<number> } {
  let touched = new Set<number>();
  const proxy = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) touched.add(Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  return {
    rows: proxy,
    take() {
      const seen = touched;
      touched = new Set();
      return seen;
    },
  };
}

/** Runs the pieces, calling `between` after each piece (at every yield, and at the end); returns the result. */
export function stepThrough<T>(pieces: Pieces<T>, between: () => void): T {
  for (;;) {
    const step = pieces.next();
    between();
    if (step.done) return step.value;
  }
}
