import { jsonSize } from "../../src/core/json-size";

const encoded = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? "").byteLength;

describe("jsonSize", () => {
  it.each([
    ["ASCII", ["A1", 12, null]],
    ["Hangul, three bytes each", [["장비", "△1,234"], ["합계"]]],
    ["two-byte characters", "é ß ©"],
    ["a surrogate pair, four bytes", "𝔸 😀"],
    ["escapes", 'a "quoted"\n\ttab \u0001'],
  ])("counts the UTF-8 bytes of the JSON as TextEncoder does: %s", (_, value) => {
    expect(jsonSize(value)).toBe(encoded(value));
  });

  it("weighs a lone surrogate as JSON.stringify escapes it (six ASCII bytes)", () => {
    expect(jsonSize("\ud800")).toBe(encoded("\ud800"));
    expect(jsonSize("\ud800")).toBe(8);
  });

  it("weighs nothing for undefined, which JSON leaves out", () => {
    expect(jsonSize(undefined)).toBe(0);
  });
});
