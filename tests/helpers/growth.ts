/**
 * Linear growth, timed but not a timing target: grows an input until one run takes 40 ms, then compares the fastest
 * of three runs at that size and at four times it. Linear work takes about 4×, quadratic 16×; the line is drawn at
 * 8×, their geometric mean, so a busy machine (CI shares its two cores) has room either way before it misjudges.
 * Up to three tries, for a run disturbed by garbage collection or a neighbour.
 */
import { performance } from "node:perf_hooks";

const ENOUGH_MS = 40;
const FACTOR = 4;
const LIMIT = 8;

type Make = (n: number) => Promise<() => unknown> | (() => unknown);

/** Fastest of three runs of `work` on an input of size n (the input made outside the timing). */
async function fastestMs(make: Make, n: number): Promise<number> {
  const work = await make(n);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function expectLinear(make: Make, start: number): Promise<void> {
  let n = start;
  let once = await fastestMs(make, n);
  while (once < ENOUGH_MS) {
    n *= 2;
    once = await fastestMs(make, n);
  }
  let grown = await fastestMs(make, FACTOR * n);
  for (let retry = 0; retry < 2 && grown > LIMIT * once; retry++) {
    once = await fastestMs(make, n);
    grown = await fastestMs(make, FACTOR * n);
  }
  expect(grown).toBeLessThanOrEqual(LIMIT * once);
}
