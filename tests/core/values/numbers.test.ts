import fc from "fast-check";
import { formatDecimals, isPercentFormat, parseNumberText } from "../../../src/core/values/numbers";
import { amountOf, rateOf, readNumber } from "../../../src/core/values/cell-readers";

const value = (text: string) => {
  const parsed = parseNumberText(text);
  if (!parsed.ok) throw new Error(`${text} did not parse: ${parsed.reason}`);
  return parsed.value;
};

describe("parseNumberText", () => {
  it.each([
    ["1,137,337", 1137337],
    ["△3", -3],
    ["▲3", -3],
    ["△ 1", -1],
    ["(12)", -12],
    ["-12", -12],
    ["−12", -12],
    ["+5", 5],
    ["77.0%", 77],
    ["-", 0],
    ["", 0],
    ["１２３，４５６", 123456],
    ["\u200B1,000\u00A0", 1000],
    ["149.5", 149.5],
    ["0.770", 0.77],
  ])("reads %j as %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("keeps △ negative and records what the text showed", () => {
    expect(parseNumberText("△1")).toEqual({ ok: true, value: -1, decimals: 0, percent: false, fromText: true, dash: false });
    expect(parseNumberText("77.0%")).toMatchObject({ value: 77, decimals: 1, percent: true });
    expect(parseNumberText("-")).toMatchObject({ value: 0, dash: true });
  });

  it.each(["abc", "1,2345", "12,34", "1.2.3", "△(3)", "3-", "1e5", "--3", "원"])("refuses %j", (text) => {
    expect(parseNumberText(text)).toEqual({ ok: false, reason: "not-a-number" });
  });

  it("refuses numbers past 2^53 instead of rounding them silently", () => {
    expect(parseNumberText("12,345,678,901,234,567,890")).toEqual({ ok: false, reason: "too-large" });
  });

  describe("properties", () => {
    const integer = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    const grouped = (n: number) => Math.abs(n).toLocaleString("en-US");
    const fullWidth = (s: string) => s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

    it("reads back any integer written the ways users write it", () => {
      fc.assert(
        fc.property(integer, (n) => {
          const abs = grouped(n);
          const forms = n < 0 ? [`△${abs}`, `▲${abs}`, `(${abs})`, `-${abs}`, `${n}`] : [abs, `${n}`, fullWidth(abs), `${abs}%`];
          for (const form of forms) expect(value(form)).toBe(n === 0 ? 0 : n);
        }),
      );
    });

    it("never throws on random text", () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary" }), (text) => {
          const parsed = parseNumberText(text);
          expect(typeof parsed.ok).toBe("boolean");
        }),
      );
    });
  });
});

describe("number formats", () => {
  it.each([
    ["General", null],
    ["0", 0],
    ["#,##0", 0],
    ["0.0", 1],
    ["#,##0.00;[Red]-#,##0.00", 2],
    ["0.0%", 1],
    ['#,##0"천원"', 0],
    ["@", null],
  ])("%s shows %p decimals", (format, decimals) => {
    expect(formatDecimals(format)).toBe(decimals);
  });

  it("tells percent formats", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat("0.0")).toBe(false);
  });
});

describe("readNumber and rates", () => {
  it("reads a %-formatted fraction as a percent at the format's precision", () => {
    expect(rateOf(readNumber(0.77, "0.0%"))).toEqual({ percent: 77, decimals: 1 });
  });
  it("reads a percent number and text percent", () => {
    expect(rateOf(readNumber(64.2))).toEqual({ percent: 64.2, decimals: 1 });
    expect(rateOf(readNumber(77, "0.0"))).toEqual({ percent: 77, decimals: 1 });
    expect(rateOf(readNumber("77.0%"))).toEqual({ percent: 77, decimals: 1 });
  });
  it("takes - and empty in a rate cell as no rate stated", () => {
    expect(rateOf(readNumber("-"))).toBeNull();
    expect(rateOf(readNumber(null))).toBeNull();
  });
  it("takes - and empty as zero amounts, errors and junk as no amount", () => {
    expect(amountOf(readNumber("-"))).toBe(0);
    expect(amountOf(readNumber(null))).toBe(0);
    expect(amountOf(readNumber({ error: "#N/A" }))).toBeNull();
    expect(amountOf(readNumber("n/a"))).toBeNull();
    expect(readNumber("△3")).toMatchObject({ kind: "text-number", value: -3 });
  });
});
