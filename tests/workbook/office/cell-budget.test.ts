/**
 * The Office.js adapter applies the .xlsx reader's cell budget (src/workbook/cell-budget.ts) after its used-area
 * round trip and before it loads a cell, and the pane says what the command line says.
 */
import { createFakeExcel, fakeWorkbookOf } from "../../../src/fake-excel";
import { HostError } from "../../../src/taskpane/host";
import { UnreadableWorkbookError } from "../../../src/workbook/port";
import { addinOn, paneSettings } from "../../helpers/addin";
import { officeSource } from "./helpers";

/** A budget over A1:D3 with one stray value at XFD1048576, and a name over the whole sheet. */
function strayCellWorkbook() {
  const cells = { A1: "사업명", B1: "예산액", C1: "집행액", D1: "집행률", A2: "가", B2: 100, C2: 50, D2: 0.5, A3: "나", B3: 100, C3: 50, D3: 0.5, XFD1048576: 1 };
  return fakeWorkbookOf({ S: cells }, [{ name: "Budget", formula: "=S!$1:$1048576", visible: true }]);
}

const WHOLE_SHEET = { sheet: "S", top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
const TABLE = { sheet: "S", top: 0, left: 0, bottom: 2, right: 3 }; // 12 cells

describe("the cell budget in the Office.js adapter", () => {
  it("refuses a batch past it by sheet and range after the used-area round trip, before loading any cell", async () => {
    const fake = createFakeExcel(strayCellWorkbook());
    const reading = officeSource(fake, { label: "budget.xlsx" }).readRanges([{ name: "Budget", rect: WHOLE_SHEET }]);
    await expect(reading).rejects.toBeInstanceOf(UnreadableWorkbookError);
    await expect(reading).rejects.toMatchObject({ source: "budget.xlsx", reason: "too-many-cells", detail: "S!A1:XFD1048576" });
    expect(fake.syncCount).toBe(1);
    // Only the used range was asked for: no block of cells was loaded.
    expect(fake.operations.map((o) => o.label)).toEqual(["Range.isNullObject", "Range.load"]);
  });

  it("counts each grid by its used part and identical rectangles once, as the .xlsx reader does", async () => {
    const fake = createFakeExcel(strayCellWorkbook());
    const twice = [{ name: "A", rect: TABLE }, { name: "B", rect: TABLE }];
    await expect(officeSource(fake, { cellBudget: 12 }).readRanges(twice)).resolves.toHaveLength(2);
    const larger = [{ name: "A", rect: TABLE }, { name: "B", rect: { ...TABLE, bottom: 1 } }];
    await expect(officeSource(createFakeExcel(strayCellWorkbook()), { cellBudget: 12 }).readRanges(larger)).rejects.toMatchObject({ detail: "S!A1:D2" });
  });

  it("is the command line's message in the pane, naming the document", async () => {
    const host = addinOn(createFakeExcel(strayCellWorkbook()), "https://example.sharepoint.com/sites/x/budget.xlsx");
    const validating = host.validate(paneSettings("ko"), "ko");
    await expect(validating).rejects.toBeInstanceOf(HostError);
    await expect(validating).rejects.toMatchObject({
      code: "too-many-cells",
      message: expect.stringContaining("budget.xlsx: S!A1:XFD1048576 범위는 셀이 너무 많아 읽지 않았습니다"),
    });
  });
});
