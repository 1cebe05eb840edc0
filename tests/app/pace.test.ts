/** The pane's pacing (app/pace.ts) on a fake clock: it yields once ~50 ms have passed, and only then reports progress. */
import { createPace, FRAME_AFTER_MS, frameYield, YIELD_AFTER_MS, yieldThread, type FrameClock, type PaceTimer } from "../../src/app/pace";
import type { Progress } from "../../src/core/progress";

function fakeTimer(): PaceTimer & { at: number; yields: number } {
  const timer = {
    at: 0,
    yields: 0,
    now: () => timer.at,
    yieldThread: async () => {
      timer.yields += 1;
    },
  };
  return timer;
}

const check = (rows: number): Progress => ({ step: "check", table: 1, tables: 2, rows, totalRows: 100 });

describe("createPace", () => {
  it("runs straight on until 50 ms have passed since the last yield, then reports the progress and yields", async () => {
    const timer = fakeTimer();
    const heard: Progress[] = [];
    const pace = createPace((p) => heard.push(p), timer);
    timer.at = YIELD_AFTER_MS - 1;
    await pace(check(10));
    expect(timer.yields).toBe(0);
    expect(heard).toEqual([]);

    timer.at = YIELD_AFTER_MS;
    await pace(check(20));
    expect(timer.yields).toBe(1);
    expect(heard).toEqual([check(20)]);

    // The 50 ms count again from the yield.
    timer.at += YIELD_AFTER_MS - 1;
    await pace(check(30));
    expect(timer.yields).toBe(1);
    timer.at += 1;
    await pace(check(40));
    expect(timer.yields).toBe(2);
    expect(heard).toEqual([check(20), check(40)]);
  });

  it("gives the thread back in a later task where there is no scheduler.yield", async () => {
    const order: string[] = [];
    const yielded = yieldThread().then(() => order.push("after the yield"));
    await Promise.resolve();
    order.push("same task");
    await yielded;
    expect(order).toEqual(["same task", "after the yield"]);
  });
});

/** A page whose frames and timers the test runs by hand. */
function fakePage(): FrameClock & { at: number; frames: (() => void)[]; timers: (() => void)[]; yields: number } {
  const page = {
    at: 0,
    frames: [] as (() => void)[],
    timers: [] as (() => void)[],
    yields: 0,
    now: () => page.at,
    requestFrame: (callback: () => void) => page.frames.push(callback),
    setTimer: (callback: () => void) => page.timers.push(callback),
    yieldThread: async () => {
      page.yields += 1;
    },
  };
  return page;
}

const drawFrame = (page: ReturnType<typeof fakePage>) => page.frames.splice(0).forEach((callback) => callback());
const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe("frameYield", () => {
  it("yields at once while frames are being drawn", async () => {
    const page = fakePage();
    const yieldNow = frameYield(page);
    for (let i = 0; i < 5; i++) {
      page.at += FRAME_AFTER_MS - 1;
      drawFrame(page);
      await yieldNow();
    }
    expect(page.yields).toBe(5);
    expect(page.timers).toHaveLength(0);
  });

  /** A yield asked for when no frame was drawn for FRAME_AFTER_MS: it is still waiting. */
  const overdueYield = async () => {
    const page = fakePage();
    const yieldNow = frameYield(page);
    page.at = FRAME_AFTER_MS;
    const yielded = yieldNow();
    expect(await settled(yielded)).toBe(false);
    return { page, yielded };
  };

  it("waits for the next frame when none was drawn for FRAME_AFTER_MS, so the progress is seen", async () => {
    const { page, yielded } = await overdueYield();
    drawFrame(page);
    expect(await settled(yielded)).toBe(true);
    expect(page.yields).toBe(1);
  });

  it("gives a frame between two tasks of nearly the pace's length, so that two never run back to back", async () => {
    const page = fakePage();
    const yieldNow = frameYield(page);
    drawFrame(page);
    page.at += YIELD_AFTER_MS - 1;
    const yielded = yieldNow();
    expect(await settled(yielded)).toBe(false);
    drawFrame(page);
    expect(await settled(yielded)).toBe(true);
  });

  it("goes on after a while when no frame comes (a hidden pane draws none)", async () => {
    const { page, yielded } = await overdueYield();
    page.timers.splice(0).forEach((callback) => callback());
    expect(await settled(yielded)).toBe(true);
  });
});
