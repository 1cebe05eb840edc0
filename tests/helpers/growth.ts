/**
 * Linear growth, timed but not a timing target: grows an input until one run takes 40 ms, then compares the fastest
 * of three runs at that size and at four times it. Linear work takes about 4×, quadratic 16×; the line is drawn at
 * 8×, their geometric mean. Time is this process's CPU time, not the wall clock: other processes sharing the cores
 * (CI has two, and jest runs suites side by side) stretch the one, not the other. Up to five tries, for a run
 * disturbed by garbage collection.
 */
const ENOUGH_MS = 40;
const FACTOR = 4;
const LIMIT = 8;

type Make = (n: number) => Promise<() => unknown> | (() => unknown);

/** CPU milliseconds of this process so far (every thread: the collector's and the thread pool's count too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Fastest of three runs of `work` on an input of size n (the input made outside the timing). */
async function fastestMs(make: Make, n: number): Promise<number> {
  const work = await make(n);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = cpuMs();
    await work();
    best = Math.min(best, cpuMs() - start);
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
  for (let retry = 0; retry < 4 && grown > LIMIT * once; retry++) {
    once = await fastestMs(make, n);
    grown = await fastestMs(make, FACTOR * n);
  }
  expect(grown).toBeLessThanOrEqual(LIMIT * once);
}
