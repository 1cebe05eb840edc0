/**
 * Re-checking a register's edited rows must find exactly what checking the whole register again finds, in the
 * same order: random edits of the sample's register, fixing findings and making new ones, of row-scope rules
 * (a quantity, a date) and of table-scope ones (a duplicate id, a `-` among the figures).
 */
import { checkSubject } from "../../../src/core/check-subject";
import type { CellValue, Grid } from "../../../src/core/grid";
import { spreadMergedLabels } from "../../../src/core/grid-merges";
import type { Table } from "../../../src/core/kinds";
import { parseTable } from "../../../src/core/kinds/parse";
import { recheckRows, type RowRead } from "../../../src/core/live/recheck-rows";
import { defaultOptions, type CheckOptions } from "../../../src/core/options";
import { RULES } from "../../../src/core/rules";
import type { InventoryTable } from "../../../src/core/tables/types";
import { ASSUMED_UNIT } from "../../../src/core/units/money-unit";
import type { WorkbookFacts } from "../../../src/core/facts";
import { checkWorkbook } from "../../../src/app/check-workbook";
import { openXlsxBuffer } from "../../../src/workbook/xlsx";
import { cleanXlsx, SEED_TODAY } from "../../helpers/sample";

interface Sample {
  readonly register: InventoryTable;
  readonly options: CheckOptions;
  readonly facts: WorkbookFacts;
}

async function sample(): Promise<Sample> {
  const options = defaultOptions(SEED_TODAY);
  const check = await checkWorkbook(await openXlsxBuffer(await cleanXlsx(), "sample.xlsx"), options);
  if (check.kind !== "checked") throw new Error("the sample holds no names");
  const register = check.subjects.find((subject): subject is InventoryTable => subject.kind === "inventory");
  if (!register) throw new Error("the sample has no register");
  return { register, options, facts: check.facts };
}

/** A whole check of the register read again from `grid`, as Validate would make it. */
function checkedWhole(register: InventoryTable, grid: Grid, { options, facts }: Sample): { table: Table; findings: string[] } {
  const table = parseTable("inventory", spreadMergedLabels(grid), register.unit ?? ASSUMED_UNIT) as Table;
  return { table, findings: checkSubject(table, RULES, options, facts).map(line) };
}

const line = (f: { rule: string; cell: string; severity: string; message: string; cells?: readonly string[] }) =>
  `${f.cell} ${f.rule} ${f.severity} ${f.message}${f.cells ? ` [${f.cells.join(",")}]` : ""}`;

/** A small deterministic generator (mulberry32), so that a failure can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that fix a finding or make one in some column: blanks, zeros, fractions, text, dashes, errors, dates. */
const ODD: readonly CellValue[] = [null, "", 0, -2, 1.5, 3, "3", "-", "△5", "abc", { error: "#N/A" }, "2030-01-01", "2018. 5. 30.", 60000, 20000, 9e15, "사용", "폐기", "임대"];

function editedRows(register: InventoryTable, grid: Grid, next: () => number): Map<number, RowRead> {
  const changed = new Map<number, RowRead>();
  const count = 1 + Math.floor(next() * 3);
  for (let i = 0; i < count; i++) {
    const row = register.lotRows[Math.floor(next() * register.lotRows.length)];
    const values = [...(changed.get(row)?.values ?? grid.values[row])];
    const col = Math.floor(next() * values.length);
    // Half the time a value from another lot in that column (an id that is taken, a date that is fine).
    const other = register.lotRows[Math.floor(next() * register.lotRows.length)];
    values[col] = next() < 0.5 ? grid.values[other][col] : ODD[Math.floor(next() * ODD.length)];
    changed.set(row, { values, numberFormats: grid.numberFormats?.[row], formulas: grid.formulas?.[row] });
  }
  // A totals row's formula reads the other rows: the re-check reads it again along with them.
  const totals = grid.totalsRow;
  if (totals !== undefined) changed.set(totals, { values: [...grid.values[totals]], numberFormats: grid.numberFormats?.[totals], formulas: grid.formulas?.[totals] });
  return changed;
}

function withRows(grid: Grid, changed: ReadonlyMap<number, RowRead>): Grid {
  const values = grid.values.map((row, i) => changed.get(i)?.values ?? row);
  return { ...grid, values };
}

/** The sample's register with a value typed 1,200 rows below it, inside its name: a `table/far-cells` warning. */
function withFarValue(register: InventoryTable): InventoryTable {
  const width = register.grid.values[0].length;
  const blank = (): CellValue[] => Array<CellValue>(width).fill(null);
  const far = blank();
  far[2] = "메모";
  const values = [...register.grid.values, ...Array.from({ length: 1_200 }, blank), far];
  const pad = <T>(rows: T[][] | undefined, fill: T) => rows && [...rows, ...Array.from({ length: 1_201 }, () => Array<T>(width).fill(fill))];
  const grid = { ...register.grid, values, numberFormats: pad(register.grid.numberFormats, "General"), formulas: pad(register.grid.formulas, null) };
  return parseTable("inventory", grid, register.unit ?? ASSUMED_UNIT) as InventoryTable;
}

/** The sample's register as an Excel table with a totals row summing the quantities (a row read with every edit). */
function withTotalsRow(register: InventoryTable): InventoryTable {
  const width = register.grid.values[0].length;
  const quantity = register.columns.quantity!;
  const last = register.grid.values.length;
  const totals = Array<CellValue>(width).fill(null);
  totals[quantity] = 99;
  const formulas = Array<string | null>(width).fill(null);
  formulas[quantity] = `=SUBTOTAL(109,D${register.grid.top + 2}:D${register.grid.top + last})`;
  const grid: Grid = {
    ...register.grid,
    values: [...register.grid.values, totals],
    numberFormats: register.grid.numberFormats && [...register.grid.numberFormats, Array<string>(width).fill("General")],
    formulas: [...(register.grid.formulas ?? register.grid.values.map(() => Array<string | null>(width).fill(null))), formulas],
    totalsRow: last,
  };
  return parseTable("inventory", grid, register.unit ?? ASSUMED_UNIT) as InventoryTable;
}

describe("re-checking a register's edited rows", () => {
  it.each([
    ["the sample's register", (register: InventoryTable) => register],
    ["the register with a value far below it", withFarValue],
    ["the register with a totals row", withTotalsRow],
  ])("finds what a whole check finds, in its order, for 300 random edits of %s (fixes and new findings)", async (_, make) => {
    const s0 = await sample();
    const register = make(s0.register);
    const s = { ...s0, register };
    const before = checkSubject(register, RULES, s.options, s.facts);
    if (make === withFarValue) expect(before.some((f) => f.rule === "table/far-cells")).toBe(true);
    const next = random(16);
    let rechecked = 0;
    let changedFindings = 0;
    let changedTableFindings = 0;
    const tableRules = new Set(RULES.filter((rule) => rule.scope === "table").map((rule) => rule.id));
    const ofTableRules = (lines: readonly string[]) => lines.filter((l) => tableRules.has(l.split(" ")[1])).join("\n");
    const beforeLines = before.map(line);
    for (let run = 0; run < 300; run++) {
      const changed = editedRows(register, register.grid, next);
      const grid = withRows(register.grid, changed);
      const whole = checkedWhole(register, grid, s);
      const result = recheckRows(register, before, changed, RULES, s.options, s.facts);
      if (result === null) {
        // Only a row that stopped (or started) being a lot may call for the whole check.
        expect((whole.table as InventoryTable).lotRows).not.toEqual(register.lotRows);
        continue;
      }
      rechecked++;
      const found = result.findings.map(line);
      expect(found).toEqual(whole.findings);
      expect((result.table as InventoryTable).lotRows).toEqual((whole.table as InventoryTable).lotRows);
      if (found.join("\n") !== beforeLines.join("\n")) changedFindings++;
      if (ofTableRules(found) !== ofTableRules(beforeLines)) changedTableFindings++;
    }
    expect(rechecked).toBeGreaterThan(250);
    expect(changedFindings).toBeGreaterThan(120);
    expect(changedTableFindings).toBeGreaterThan(20);
  });

  it("finds what a whole check finds after 60 edits in turn, each re-checked from the one before", async () => {
    const s = await sample();
    let register: InventoryTable = s.register;
    let findings = checkSubject(register, RULES, s.options, s.facts);
    const next = random(7);
    for (let run = 0; run < 60; run++) {
      const changed = editedRows(register, register.grid, next);
      const result = recheckRows(register, findings, changed, RULES, s.options, s.facts);
      if (result === null) continue;
      expect(result.findings.map(line)).toEqual(checkedWhole(s.register, result.table.grid, s).findings);
      register = result.table as InventoryTable;
      findings = result.findings;
    }
  });

  it("keeps the very objects of the findings on rows not edited, from rules of row scope", async () => {
    const s = await sample();
    const { register } = s;
    const before = checkSubject(register, RULES, s.options, s.facts);
    const row = register.lotRows[0];
    const values = [...register.grid.values[row]];
    values[register.columns.quantity!] = 0;
    const changed = new Map([[row, { values, numberFormats: register.grid.numberFormats?.[row], formulas: register.grid.formulas?.[row] }]]);
    const result = recheckRows(register, before, changed, RULES, s.options, s.facts)!;
    const rowRules = new Set(RULES.filter((rule) => rule.scope === "row").map((rule) => rule.id));
    const editedCell = new RegExp(`^[A-Z]+${register.grid.top + row + 1}$`);
    const stayed = before.filter((f) => rowRules.has(f.rule) && !editedCell.test(f.cell));
    expect(stayed.length).toBeGreaterThan(0);
    for (const finding of stayed) expect(result.findings).toContain(finding);
    expect(result.findings.some((f) => f.rule === "inventory/bad-quantity" && editedCell.test(f.cell))).toBe(true);
  });

  it("leaves to a whole check the header, rows past the table, a row that is no lot now, and rows of the wrong width", async () => {
    const s = await sample();
    const { register } = s;
    const before = checkSubject(register, RULES, s.options, s.facts);
    const row = register.lotRows[3];
    const read = (values: CellValue[]): RowRead => ({ values, numberFormats: register.grid.numberFormats?.[row], formulas: register.grid.formulas?.[row] });
    const recheck = (at: number, values: CellValue[]) => recheckRows(register, before, new Map([[at, read(values)]]), RULES, s.options, s.facts);
    const width = register.grid.values[row].length;
    expect(recheck(register.headerRow, register.grid.values[register.headerRow])).toBeNull();
    expect(recheck(register.grid.values.length, register.grid.values[row])).toBeNull();
    expect(recheck(row, Array<CellValue>(width).fill(null))).toBeNull();
    expect(recheck(row, ["계", ...register.grid.values[row].slice(1)])).toBeNull();
    expect(recheck(row, [...register.grid.values[row], "more"])).toBeNull();
  });
});

describe("every rule's scope", () => {
  it("is declared: row (a row's findings depend on that row and the workbook's facts), frame or table", () => {
    for (const rule of RULES) expect([rule.id, ["row", "frame", "table"].includes(rule.scope)]).toEqual([rule.id, true]);
  });
});
