import { clockAt, readClock } from "../../src/app/clock";

describe("the use cases' clock", () => {
  it("gives the local day, the local time to the minute and the ISO instant of one reading", () => {
    const now = new Date(2018, 8, 30, 9, 5, 42);
    expect(readClock(() => now)).toEqual({
      today: { year: 2018, month: 9, day: 30 },
      localTime: "2018-09-30 09:05",
      instant: now.toISOString(),
    });
  });

  it("stops a worker's clock at the start of the day it is handed", () => {
    const clock = clockAt({ year: 2024, month: 2, day: 29 });
    expect(readClock(clock).today).toEqual({ year: 2024, month: 2, day: 29 });
    expect(readClock(clock).localTime).toBe("2024-02-29 00:00");
  });
});
