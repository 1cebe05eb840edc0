/**
 * A table found without a name reads its money unit where a named one does: the `(단위: …)` line above it, else
 * the workbook's `단위` cell, else 천원 assumed. A budget in 원 read as 천원 would be printed a thousand times over.
 */
import { checkWorkbook } from "../../src/app/check-workbook";
import { rangeUnits } from "../../src/core/units/range-units";
import { openXlsxBuffer } from "../../src/workbook/xlsx";
import { budgetRows, craftedXlsx } from "../hardening/crafted-xlsx";
import { testOptions } from "../helpers/grid";

const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

async function unitsOf(firstRow: string, definedNames?: string) {
  const data = craftedXlsx({ sheets: [{ name: "예산", rows: `<row r="1">${firstRow}</row>${budgetRows(3, 2)}` }], definedNames });
  const checked = await checkWorkbook(await openXlsxBuffer(data, "예산.xlsx"), testOptions());
  if (checked.kind !== "checked") throw new Error(checked.kind);
  return rangeUnits(checked.subjects).map(({ name, unit }) => ({ name, ...unit }));
}

describe("the money unit of a table found without a name", () => {
  it("is the (단위: …) line above it", async () => {
    expect(await unitsOf(text("D1", "(단위: 원)"))).toEqual([{ name: "예산!A2:D5", unit: "won", source: "above" }]);
  });

  it("is the workbook's 단위 cell when no line stands above it", async () => {
    expect(await unitsOf(text("F1", "원"), `<definedName name="단위">예산!$F$1</definedName>`)).toEqual([{ name: "예산!A2:D5", unit: "won", source: "named" }]);
  });

  it("is 천원, said to be assumed, when the workbook states none", async () => {
    expect(await unitsOf(text("A1", "예산 현황"))).toEqual([{ name: "예산!A2:D5", unit: "thousandWon", source: "assumed" }]);
  });
});
