import fc from "fast-check";
import { jsonPieces, linePieces } from "../../src/cli/format/pieces";

describe("jsonPieces", () => {
  it("writes what JSON.stringify writes, character for character", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value))));
  });

  it("leaves out what JSON.stringify leaves out, and honours toJSON", () => {
    const value = { a: undefined, b: [undefined, () => 1, Symbol("s")], c: () => 1, d: { e: new Date(0), f: [1, { g: null }] }, h: new Map() };
    expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value));
  });

  it("breaks a long array into pieces, each about 64 K characters", () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => ({ rule: "inventory/overdue", cell: `F${i + 4}`, message: "교체 예정일 경과" }));
    const report = { file: "장비.xlsx", findings, counts: { warning: findings.length } };
    const pieces = [...jsonPieces(report)];
    expect(pieces.join("")).toBe(JSON.stringify(report));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(65_536 + 200);
  });
});

describe("linePieces", () => {
  it("joins the lines with newlines", () => {
    fc.assert(fc.property(fc.array(fc.string()), (lines) => expect([...linePieces(lines)].join("")).toBe(lines.join("\n"))));
  });

  it("breaks many lines into pieces of whole lines", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `  ▲ 경고  F${i}  교체 예정일 경과`);
    const pieces = [...linePieces(lines)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.slice(1).every((p) => p.startsWith("\n"))).toBe(true);
    expect(pieces.join("")).toBe(lines.join("\n"));
  });
});
