/**
 * Linear growth, timed: grows an input until one run takes 50 ms, then compares the median of three runs at that
 * size and at twice it (up to three tries, for a loaded machine): twice the input, at most three times the time.
 */
import { performance } from "node:perf_hooks";

const ENOUGH_MS = 50;

/** Median milliseconds of three runs of `work` on an input of size n (the input made outside the timing). */
async function medianMs(make: (n: number) => Promise<() => unknown> | (() => unknown), n: number): Promise<number> {
  const work = await make(n);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1];
}

export async function expectLinear(make: (n: number) => Promise<() => unknown> | (() => unknown), start: number): Promise<void> {
  let n = start;
  let once = await medianMs(make, n);
  while (once < ENOUGH_MS) {
    n *= 2;
    once = await medianMs(make, n);
  }
  // A machine shared with other work times noisily: a linear step passes one of three tries, a quadratic one none.
  let twice = await medianMs(make, 2 * n);
  for (let retry = 0; retry < 2 && twice > 3 * once; retry++) {
    once = await medianMs(make, n);
    twice = await medianMs(make, 2 * n);
  }
  expect(twice).toBeLessThanOrEqual(3 * once);
}
