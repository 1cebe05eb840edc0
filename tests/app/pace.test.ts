/** The pane's pacing (app/pace.ts) on a fake clock: it yields once ~50 ms have passed, and only then reports progress. */
import { createPace, YIELD_AFTER_MS, yieldThread, type PaceTimer } from "../../src/app/pace";
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
