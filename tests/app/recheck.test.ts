/**
 * The live re-check on the fake Excel host, on a 10,000-lot register: a one-cell edit reads that row alone
 * (the outline, the used area, the row: three round trips and a few kilobytes) and finds what Validate would
 * find; every case where a row alone cannot be trusted reads the register whole, and finds the same.
 */
import { recheckEdits } from "../../src/app/recheck";
import { readValidation, type Validated } from "../../src/app/validate";
import type { Finding } from "../../src/core/finding";
import { createFakeExcel, fakeWorkbookFromXlsx, type FakeExcel } from "../../src/fake-excel";
import { createOfficeWorkbook } from "../../src/workbook/office";
import type { Workbook } from "../../src/workbook/port";
import { SAMPLE_SHEETS, SEED_TODAY, withLots } from "../helpers/sample";

/** The size the round trips and bytes are shown at; the other cases, which read the register whole, use a smaller one. */
const LOTS = 10_000;
const FEWER = 2_000;
/** Sheet rows: the register's header is on row 3, its lots from row 4; quantities in column D. */
const middle = (lots: number) => 4 + lots / 2;
const MIDDLE = middle(LOTS);
const SHEET = SAMPLE_SHEETS.inventory;
/** A sheet with no checked range where the edited cells are. */
const COVER = SAMPLE_SHEETS.cover;

const registers = new Map<number, Promise<Buffer>>();
const registerOf = (lots: number) => registers.get(lots) ?? registers.set(lots, withLots(lots)).get(lots)!;

interface Open {
  readonly fake: FakeExcel;
  readonly workbook: Workbook;
  readonly validated: Validated;
}

async function open(lots: number, prepare?: (fake: FakeExcel) => void): Promise<Open> {
  const fake = createFakeExcel(await fakeWorkbookFromXlsx(await registerOf(lots), "lots.xlsx"));
  prepare?.(fake);
  const workbook = createOfficeWorkbook(fake.run, { supports: (version) => fake.isSetSupported("ExcelApi", version), label: "lots.xlsx" });
  return { fake, workbook, validated: await validated(workbook) };
}

async function validated(workbook: Workbook): Promise<Validated> {
  const result = await readValidation(workbook, { lang: "ko", asOf: SEED_TODAY }, SEED_TODAY);
  if (result.kind !== "checked") throw new Error("the register was not read");
  return result;
}

const lines = (findings: readonly Finding[]) => findings.map((f) => `${f.name} ${f.cell} ${f.rule} ${f.severity} ${f.message}`);

/** The user types into the register; then the re-check, its round trips and response bytes. */
async function editAndRecheck({ fake, workbook, validated: before }: Open, address: string, values: unknown[][]) {
  fake.edit(SHEET, address, values);
  const sheetId = before.check.outline.sheetIds![before.check.outline.sheets.indexOf(SHEET)];
  const from = fake.payloads.length;
  const result = await recheckEdits(workbook, before, [{ sheetId, address, moved: false }]);
  const payloads = fake.payloads.slice(from);
  if (result.kind !== "rechecked") throw new Error(`re-check answered ${result.kind}`);
  return { after: result.validated, syncs: payloads.length, bytes: payloads.reduce((sum, p) => sum + p.response, 0) };
}

describe("the live re-check of a register's edited rows, on the fake host", () => {
  it("reads one edited row in 3 round trips and a few kilobytes, and finds what Validate finds: a new finding, then fixed", async () => {
    const opened = await open(LOTS);
    const zero = await editAndRecheck(opened, `D${MIDDLE}`, [[0]]);
    expect(zero.syncs).toBe(3);
    expect(zero.bytes).toBeLessThan(4_000);
    expect(lines(zero.after.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
    const added = zero.after.check.findings.filter((f) => f.cell === `D${MIDDLE}`);
    expect(added.map((f) => f.rule)).toEqual(["inventory/bad-quantity"]);
    // Every other finding is the very object it was.
    const kept = new Set(opened.validated.check.findings);
    expect(zero.after.check.findings.filter((f) => !kept.has(f))).toEqual(added);

    const fixed = await editAndRecheck({ ...opened, validated: zero.after }, `D${MIDDLE}`, [[1]]);
    expect(fixed.syncs).toBe(3);
    expect(lines(fixed.after.check.findings)).toEqual(lines(opened.validated.check.findings));
    // Building the 10,000-lot workbook and validating it twice takes seconds on a busy 2-core machine.
  }, 60_000);

  it("finds a duplicate id made by an edit (a rule that looks across rows) from the edited row alone", async () => {
    const opened = await open(FEWER);
    const at = middle(FEWER);
    const { after, syncs } = await editAndRecheck(opened, `A${at}`, [["LOT-00001"]]);
    expect(syncs).toBe(3);
    expect(after.check.findings.some((f) => f.rule === "inventory/duplicate-id" && f.cell === `A${at}`)).toBe(true);
    expect(lines(after.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
  });

  it("keeps a duplicate id an edit made when a later edit leaves the ids alone, and drops it when the id is put back", async () => {
    const opened = await open(FEWER);
    const at = middle(FEWER);
    const made = await editAndRecheck(opened, `A${at}`, [["LOT-00001"]]);
    const quantity = await editAndRecheck({ ...opened, validated: made.after }, `D${at + 1}`, [[7]]);
    const duplicates = (v: Validated) => v.check.findings.filter((f) => f.rule === "inventory/duplicate-id").map((f) => f.cell);
    expect(duplicates(quantity.after)).toEqual(duplicates(made.after));
    expect(duplicates(quantity.after)).toContain(`A${at}`);
    expect(lines(quantity.after.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
    // Row `at` holds lot at - 3 (lots from row 4).
    const back = await editAndRecheck({ ...opened, validated: quantity.after }, `A${at}`, [[`LOT-${String(at - 3).padStart(5, "0")}`]]);
    expect(duplicates(back.after)).toEqual(duplicates(opened.validated));
    expect(lines(back.after.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
  });

  it("reads a 계 row whose SUM covers the edited row along with it, so its total is the one Excel recalculated", async () => {
    const last = 3 + FEWER;
    const opened = await open(FEWER, (fake) => fake.edit(SHEET, `A${last}:D${last}`, [["계", null, null, `=SUM(D4:D${last - 1})`]]));
    const { after, syncs, bytes } = await editAndRecheck(opened, `D${middle(FEWER)}`, [[3]]);
    expect(syncs).toBe(3);
    expect(bytes).toBeLessThan(6_000);
    const total = (v: Validated) => quantities(v).at(-1);
    expect(total(after)).not.toBe(total(opened.validated));
    expect(total(after)).toBe(quantities(after).slice(0, -1).reduce((sum, q) => sum + q, 0));
    expect(lines(after.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
  });

  it("reads a lot whose quantity reads another sheet when that sheet is edited, that row alone", async () => {
    const at = middle(FEWER);
    const opened = await open(FEWER, (fake) => {
      fake.edit(COVER, "H30", [[1]]);
      fake.edit(SHEET, `D${at}`, [[`=${COVER}!H30`]]);
    });
    opened.fake.edit(COVER, "H30", [[0]]);
    const sheetId = opened.validated.check.outline.sheetIds![opened.validated.check.outline.sheets.indexOf(COVER)];
    const from = opened.fake.payloads.length;
    const result = await recheckEdits(opened.workbook, opened.validated, [{ sheetId, address: "H30", moved: false }]);
    const payloads = opened.fake.payloads.slice(from);
    if (result.kind !== "rechecked") throw new Error(`re-check answered ${result.kind}`);
    expect(payloads).toHaveLength(3);
    expect(payloads.reduce((sum, p) => sum + p.response, 0)).toBeLessThan(4_000);
    expect(result.validated.check.findings.filter((f) => f.cell === `D${at}`).map((f) => f.rule)).toEqual(["inventory/bad-quantity"]);
    expect(lines(result.validated.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
  });

  it("still reads an edited lot's row alone when a budget reading another sheet is read whole beside it", async () => {
    const opened = await open(FEWER, (fake) => {
      fake.edit(COVER, "H31", [[2]]);
      fake.edit(SAMPLE_SHEETS.budget, "D5", [[`=${COVER}!H31`]]);
    });
    const { after, syncs, bytes } = await editAndRecheck(opened, `D${middle(FEWER)}`, [[0]]);
    expect(syncs).toBe(3);
    expect(bytes).toBeLessThan(6_000);
    expect(after.check.subjects.find((s) => s.name === "Budget")).not.toBe(opened.validated.check.subjects.find((s) => s.name === "Budget"));
    expect(lines(after.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
  });

  it.each([
    ["the header", "D3", [["수량(개)"]]],
    ["a lot's row cleared", `A${middle(FEWER)}:J${middle(FEWER)}`, [Array(10).fill("")]],
    ["a lot turned into a 계 row", `A${middle(FEWER)}`, [["계"]]],
    ["more rows than a re-check reads (a paste down a column)", `D100:D1200`, Array.from({ length: 1101 }, () => [2])],
    ["the unit line above the register", "J2", [["(단위: 원)"]]],
  ])("reads the register whole after an edit of %s, and finds what Validate finds", async (_, address, values) => {
    const opened = await open(FEWER);
    const { after, bytes } = await editAndRecheck(opened, address, values);
    expect(lines(after.check.findings)).toEqual(lines((await validated(opened.workbook)).check.findings));
    expect(bytes).toBeGreaterThan(100_000);
  });
});

/** The register's quantities, its 계 row's last. */
function quantities({ check }: Validated): number[] {
  const register = check.subjects.find((s) => s.kind === "inventory")!;
  return register.grid!.values.slice(1).map((row) => Number(row[3]) || 0);
}
