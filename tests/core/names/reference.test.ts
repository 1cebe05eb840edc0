import fc from "fast-check";
import { columnLetters } from "../../../src/core/address";
import { parseReference, type Reference } from "../../../src/core/names/reference";

const SHEETS = ["Sheet1", "My sheet", "It's", "예산", "인력 현황", "Data.2018"];

function range(sheet: string, top: number, left: number, bottom: number, right: number): Reference {
  return { kind: "range", rect: { sheet, top, left, bottom, right } };
}

describe("parseReference: ranges", () => {
  it.each<[string, Reference]>([
    ["Sheet1!$A$1:$D$9", range("Sheet1", 0, 0, 8, 3)],
    ["=Sheet1!$A$1:$D$9", range("Sheet1", 0, 0, 8, 3)],
    ["  = Sheet1!A1:D9  ", range("Sheet1", 0, 0, 8, 3)],
    ["Sheet1!B3", range("Sheet1", 2, 1, 2, 1)],
    ["Sheet1!$B$3", range("Sheet1", 2, 1, 2, 1)],
    ["Sheet1!$A$1:$XFD$1048576", range("Sheet1", 0, 0, 1_048_575, 16_383)],
    ["Sheet1!$AA$10:$AB$12", range("Sheet1", 9, 26, 11, 27)],
    ["Sheet1!B9:A1", range("Sheet1", 0, 0, 8, 1)],
    ["Sheet1!A9:B1", range("Sheet1", 0, 0, 8, 1)],
    ["Sheet1!$A:$D", range("Sheet1", 0, 0, 1_048_575, 3)],
    ["Sheet1!C:A", range("Sheet1", 0, 0, 1_048_575, 2)],
    ["Sheet1!$3:$9", range("Sheet1", 2, 0, 8, 16_383)],
    ["'My sheet'!$A$1:$B$2", range("My sheet", 0, 0, 1, 1)],
    ["'It''s'!A1:B2", range("It's", 0, 0, 1, 1)],
    ["예산!$A$3:$H$20", range("예산", 2, 0, 19, 7)],
    ["'예산'!$A$3:$H$20", range("예산", 2, 0, 19, 7)],
    ["'인력 현황'!B2:C3", range("인력 현황", 1, 1, 2, 2)],
    ["Data.2018!A1", range("Data.2018", 0, 0, 0, 0)],
    ["(Sheet1!A1:B2)", range("Sheet1", 0, 0, 1, 1)],
  ])("%s", (formula, expected) => {
    expect(parseReference(formula, SHEETS)).toEqual(expected);
  });

  it("matches sheet names case-insensitively and returns the workbook's spelling", () => {
    expect(parseReference("SHEET1!A1", SHEETS)).toEqual(range("Sheet1", 0, 0, 0, 0));
    expect(parseReference("'my SHEET'!A1", SHEETS)).toEqual(range("My sheet", 0, 0, 0, 0));
  });
});

describe("parseReference: broken references", () => {
  it.each<[string, Reference]>([
    ["#REF!", { kind: "broken", reason: "ref-error" }],
    ["=#REF!", { kind: "broken", reason: "ref-error" }],
    ["Sheet1!#REF!", { kind: "broken", reason: "ref-error" }],
    ["#ref!$A$1:$B$2", { kind: "broken", reason: "ref-error" }],
    ["Sheet1!$A$1:#REF!", { kind: "broken", reason: "ref-error" }],
    ["[1]Sheet1!$A$1:$B$2", { kind: "broken", reason: "external" }],
    ["'[Book.xlsx]Sheet1'!A1", { kind: "broken", reason: "external" }],
    ["'C:\\Docs\\[Book 2.xlsx]My sheet'!A1", { kind: "broken", reason: "external" }],
    ["[1]!Budget", { kind: "broken", reason: "external" }],
    ["Sheet1!A1:B2,Sheet1!D1:E2", { kind: "broken", reason: "multiple-areas" }],
    ["(Sheet1!A1:B2,Sheet1!D1:E2)", { kind: "broken", reason: "multiple-areas" }],
    ["Sheet1:Sheet3!A1", { kind: "broken", reason: "multiple-areas" }],
    ["0.5", { kind: "broken", reason: "not-a-range" }],
    ["=0.5", { kind: "broken", reason: "not-a-range" }],
    ['"text"', { kind: "broken", reason: "not-a-range" }],
    ['"a,b"', { kind: "broken", reason: "not-a-range" }],
    ["{1,2,3}", { kind: "broken", reason: "not-a-range" }],
    ["TRUE", { kind: "broken", reason: "not-a-range" }],
    ["OFFSET(Sheet1!$A$1,0,0,COUNTA(Sheet1!$A:$A),1)", { kind: "broken", reason: "not-a-range" }],
    ["Sheet1!A1+1", { kind: "broken", reason: "not-a-range" }],
    ["Sheet1!A1:B5 Sheet1!B1:B9", { kind: "broken", reason: "not-a-range" }],
    ["A1:B2", { kind: "broken", reason: "not-a-range" }],
    ["$A$1", { kind: "broken", reason: "not-a-range" }],
    ["Budget", { kind: "broken", reason: "not-a-range" }],
    ["Sheet1!A", { kind: "broken", reason: "not-a-range" }],
    ["Sheet1!A0", { kind: "broken", reason: "not-a-range" }],
    ["Sheet1!A1:XFE2", { kind: "broken", reason: "not-a-range" }],
    ["Sheet1!A1:A1048577", { kind: "broken", reason: "not-a-range" }],
    ["", { kind: "broken", reason: "not-a-range" }],
    ["Sheet2!A1:B2", { kind: "broken", reason: "missing-sheet", sheet: "Sheet2" }],
    ["'Deleted sheet'!A1", { kind: "broken", reason: "missing-sheet", sheet: "Deleted sheet" }],
    ["장비!A1", { kind: "broken", reason: "missing-sheet", sheet: "장비" }],
  ])("%s", (formula, expected) => {
    expect(parseReference(formula, SHEETS)).toEqual(expected);
  });

  it("reads #REF! inside a quoted sheet name as part of the name", () => {
    expect(parseReference("'Old #REF! copy'!A1", [...SHEETS, "Old #REF! copy"])).toEqual(
      range("Old #REF! copy", 0, 0, 0, 0),
    );
  });
});

describe("parseReference: properties", () => {
  const sheetName = fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((s) => !/[\\/?*[\]:]/.test(s) && s.trim() === s && s.length > 0);

  it("round-trips any rectangle on any quoted sheet name", () => {
    fc.assert(
      fc.property(
        sheetName,
        fc.nat(1_048_575),
        fc.nat(16_383),
        fc.nat(1_048_575),
        fc.nat(16_383),
        (sheet, r1, c1, r2, c2) => {
          const quoted = `'${sheet.replace(/'/g, "''")}'`;
          const formula = `=${quoted}!$${columnLetters(c1)}$${r1 + 1}:${columnLetters(c2)}${r2 + 1}`;
          expect(parseReference(formula, [sheet])).toEqual(
            range(sheet, Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)),
          );
        },
      ),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), (formula) => {
        expect(() => parseReference(formula, SHEETS)).not.toThrow();
      }),
    );
  });
});
