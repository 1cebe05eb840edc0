import fc from "fast-check";
import {
  addMonths,
  addYearsToEpochDays,
  dateToSerial,
  epochDays,
  formatEpochDays,
  formatIsoDate,
  fromEpochDays,
  parseDateText,
  serialToDate,
} from "../../../src/core/values/dates";
import { readDate } from "../../../src/core/values/cell-readers";

const iso = (text: string) => {
  const parsed = parseDateText(text);
  return parsed && `${formatIsoDate(parsed.date)}/${parsed.precision}`;
};

describe("dates as users write them", () => {
  it.each([
    ["2018-09-30", "2018-09-30/day"],
    ["2018. 5. 30.", "2018-05-30/day"],
    ["2018.05.30", "2018-05-30/day"],
    ["2018/5/30", "2018-05-30/day"],
    ["2018년 5월 30일", "2018-05-30/day"],
    ["2018-05", "2018-05-01/month"],
    ["2007.12", "2007-12-01/month"],
    ["2006", "2006-01-01/year"],
    ["2009년식", "2009-01-01/year"],
    ["２０１８．０５．３０", "2018-05-30/day"],
    ["2018-09-30T00:00:00Z", "2018-09-30/day"],
  ])("%j is %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each(["2018-02-30", "2018-13", "30/05/2018", "yesterday", "2018..5"])("refuses %j", (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it("converts Excel serials both ways, around Excel's phantom 1900-02-29", () => {
    expect(formatIsoDate(serialToDate(43373)!)).toBe("2018-09-30");
    expect(formatIsoDate(serialToDate(1)!)).toBe("1900-01-01");
    expect(formatIsoDate(serialToDate(59)!)).toBe("1900-02-28");
    expect(serialToDate(60)).toBeNull();
    expect(formatIsoDate(serialToDate(61)!)).toBe("1900-03-01");
    expect(dateToSerial({ year: 2018, month: 9, day: 30 })).toBe(43373);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        expect(dateToSerial(serialToDate(serial)!)).toBe(serial);
      }),
    );
  });

  it("round-trips epoch days", () => {
    fc.assert(fc.property(fc.integer({ min: -700000, max: 2900000 }), (days) => expect(epochDays(fromEpochDays(days))).toBe(days)));
  });

  it("adds calendar years: 29 February falls due on 28 February", () => {
    expect(formatEpochDays(addYearsToEpochDays(epochDays({ year: 2016, month: 2, day: 29 }), 5))).toBe("2021-02-28");
    expect(formatEpochDays(addYearsToEpochDays(epochDays({ year: 2016, month: 2, day: 29 }), 4))).toBe("2020-02-29");
    expect(formatEpochDays(addYearsToEpochDays(epochDays({ year: 2007, month: 12, day: 1 }), 6.5))).toBe("2014-06-01");
    expect(formatIsoDate(addMonths({ year: 2018, month: 1, day: 31 }, 1))).toBe("2018-02-28");
    expect(formatIsoDate(addMonths({ year: 2018, month: 9, day: 30 }, 12))).toBe("2019-09-30");
  });

  it("reads date cells: serials with a date format, years as plain numbers, text", () => {
    expect(readDate(43373, "yyyy-mm-dd")).toMatchObject({ kind: "date", date: { year: 2018, month: 9, day: 30 } });
    expect(readDate(2009)).toMatchObject({ kind: "date", precision: "year", date: { year: 2009, month: 1, day: 1 } });
    expect(readDate("2007.12")).toMatchObject({ kind: "date", precision: "month", fromText: true });
    expect(readDate({ error: "#N/A" })).toEqual({ kind: "error", error: "#N/A" });
    expect(readDate("soon")).toEqual({ kind: "invalid", text: "soon", reason: "unreadable" });
    expect(readDate(60, "yyyy-mm-dd")).toEqual({ kind: "invalid", text: "60", reason: "phantom-leap-day" });
    expect(readDate("1899-12-31")).toEqual({ kind: "invalid", text: "1899-12-31", reason: "before-1900" });
    expect(readDate(3_000_000, "yyyy-mm-dd")).toEqual({ kind: "invalid", text: "3000000", reason: "out-of-range" });
    expect(readDate(null)).toEqual({ kind: "blank" });
  });

  it("never throws on random text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => {
      expect(() => parseDateText(text)).not.toThrow();
    }));
  });
});

describe("formatEpochDays", () => {
  it("writes the day as formatIsoDate does, each day once", () => {
    for (const date of [{ year: 2018, month: 9, day: 30 }, { year: 1900, month: 1, day: 1 }, { year: 2024, month: 2, day: 29 }]) {
      expect(formatEpochDays(epochDays(date))).toBe(formatIsoDate(date));
      expect(formatEpochDays(epochDays(date))).toBe(formatIsoDate(date));
    }
  });
});
