/**
 * The live re-check of ranges whose formulas read cells outside them, on the fake Excel host: Excel reports
 * only the edited cells (office-js#3899), so an edit of a sheet no range covers must still re-check a budget
 * whose total reads that sheet, directly or through a chain of sheets; a workbook without such formulas pays
 * no round trip for it.
 */
import { recheckEdits, type Recheck } from "../../src/app/recheck";
import { readValidation, type Validated } from "../../src/app/validate";
import type { Finding } from "../../src/core/finding";
import { createFakeExcel, fakeWorkbookFromXlsx, type FakeExcel } from "../../src/fake-excel";
import { createOfficeWorkbook } from "../../src/workbook/office";
import type { Workbook } from "../../src/workbook/port";
import { plantedXlsx, SAMPLE_SHEETS, SEED_TODAY } from "../helpers/sample";

const BUDGET = SAMPLE_SHEETS.budget;
/** Sheets no defined name covers: the budget's details, and the raw figures they come from. */
const DETAIL = "상세";
const RAW = "원자료";

// The sample's budget stays as it is: its total B4 sums B5 down, until a test writes another formula there.
const withDetailSheets = plantedXlsx((f) => {
  f.sheets.push({ name: DETAIL, cells: { A1: "세부 내역" } }, { name: RAW, cells: { A1: "원자료" } });
});

interface Open {
  readonly fake: FakeExcel;
  readonly workbook: Workbook;
  readonly validated: Validated;
}

async function validated(workbook: Workbook): Promise<Validated> {
  const result = await readValidation(workbook, { lang: "ko", asOf: SEED_TODAY }, SEED_TODAY);
  if (result.kind !== "checked") throw new Error("the workbook was not read");
  return result;
}

/** The sample with its two detail sheets; `plant` writes formulas into it before the validation the pane shows. */
async function open(plant: (fake: FakeExcel, total: number) => void = () => {}): Promise<Open> {
  const fake = createFakeExcel(await fakeWorkbookFromXlsx(await withDetailSheets, "detail.xlsx"));
  const workbook = createOfficeWorkbook(fake.run, { supports: (version) => fake.isSetSupported("ExcelApi", version), label: "detail.xlsx" });
  plant(fake, budgetTotal(await validated(workbook)));
  return { fake, workbook, validated: await validated(workbook) };
}

/** The budget's 계 row's 예산액 (B4). */
function budgetTotal({ check }: Validated): number {
  return Number(check.subjects.find((subject) => subject.name === "Budget")!.grid!.values[1][1]);
}

/** The user types into a sheet; then the re-check, and the round trips it made. */
async function editAndRecheck({ fake, workbook, validated: before }: Open, sheet: string, address: string, value: unknown) {
  fake.edit(sheet, address, [[value]]);
  const { sheets, sheetIds } = before.check.outline;
  const from = fake.payloads.length;
  const result: Recheck = await recheckEdits(workbook, before, [{ sheetId: sheetIds![sheets.indexOf(sheet)], address, moved: false }]);
  return { result, syncs: fake.payloads.length - from };
}

const lines = (findings: readonly Finding[]) => findings.map((f) => `${f.name} ${f.cell} ${f.rule} ${f.severity} ${f.message}`);
const totalMismatch = (v: Validated) => v.check.findings.filter((f) => f.rule === "budget/total-mismatch" && f.cell === "B4");

function rechecked(result: Recheck): Extract<Recheck, { kind: "rechecked" }> {
  if (result.kind !== "rechecked") throw new Error(`re-check answered ${result.kind}`);
  return result;
}

describe("the live re-check of a range whose formulas read other sheets, on the fake host", () => {
  it("costs no round trip for an edit outside every range when no range's formulas read outside it", async () => {
    const opened = await open();
    const { result, syncs } = await editAndRecheck(opened, DETAIL, "C20", 5_000);
    expect(result.kind).toBe("none");
    expect(syncs).toBe(0);
  });

  it("finds the total mismatch made by an edit of the sheet the budget's total reads, and loses it when the edit is undone", async () => {
    const opened = await open((fake, total) => {
      fake.edit(DETAIL, "C20", [[total]]);
      fake.edit(BUDGET, "B4", [[`=${DETAIL}!C20`]]);
    });
    const total = budgetTotal(opened.validated);
    expect(totalMismatch(opened.validated)).toEqual([]);

    const wrong = await editAndRecheck(opened, DETAIL, "C20", total + 1_000);
    const after = rechecked(wrong.result);
    expect(after.names).toEqual(["Budget"]);
    expect(totalMismatch(after.validated)).toHaveLength(1);
    expect(lines(after.validated.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));

    const undone = rechecked((await editAndRecheck({ ...opened, validated: after.validated }, DETAIL, "C20", total)).result);
    expect(totalMismatch(undone.validated)).toEqual([]);
    expect(lines(undone.validated.check.findings)).toEqual(lines(opened.validated.check.findings));
  });

  it("follows no reference, so a chain through a third sheet is re-checked as well", async () => {
    const opened = await open((fake, total) => {
      fake.edit(RAW, "B2", [[total]]);
      fake.edit(DETAIL, "C20", [[`=${RAW}!B2`]]);
      fake.edit(BUDGET, "B4", [[`='${DETAIL}'!C20`]]);
    });
    const total = budgetTotal(opened.validated);
    const after = rechecked((await editAndRecheck(opened, RAW, "B2", total - 1)).result);
    expect(totalMismatch(after.validated)).toHaveLength(1);
    expect(lines(after.validated.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
  });

  it("re-checks such a range along with the range an edit met, and names as changed only what changed", async () => {
    const opened = await open((fake, total) => {
      fake.edit(DETAIL, "C20", [[total]]);
      fake.edit(BUDGET, "B4", [[`=${DETAIL}!C20`]]);
    });
    const budget = (v: Validated) => v.check.subjects.find((subject) => subject.name === "Budget");
    const elsewhere = rechecked((await editAndRecheck(opened, DETAIL, "A1", "세부 내역 (수정)")).result);
    expect(elsewhere.names).toEqual([]);
    expect(budget(elsewhere.validated)).not.toBe(budget(opened.validated));
    expect(lines(elsewhere.validated.check.findings)).toEqual(lines(opened.validated.check.findings));

    const inRegister = rechecked((await editAndRecheck(opened, SAMPLE_SHEETS.inventory, "D4", 0)).result);
    expect(inRegister.names).toEqual(["Inventory"]);
    expect(budget(inRegister.validated)).not.toBe(budget(opened.validated));
    expect(lines(inRegister.validated.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
  });
});
