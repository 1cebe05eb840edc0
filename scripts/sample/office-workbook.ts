/**
 * The second sample, the 2018 division's figures "as an office writes it" (issue #13): no defined name at all;
 * the budget an Excel table (Insert → Table) named 예산, in e-호조's words and in 원; the staff table, the 물품
 * register and the useful lives in the forms' words, found by their headers; no as-of date, so the check says
 * it takes today's.
 */
import type { TableSpec } from "./excel-tables";
import { inventoryLots, usefulLives, type SeedFigures } from "./seed-workbook";
import { cellAddress, columnLetter, type FixtureCell, type FixtureCellSpec, type FixtureSheet, type WorkbookFixture } from "./workbook-fixture";

export const OFFICE_SHEETS = { budget: "세출예산", staff: "정현원", register: "물품관리대장", lives: "내용연수" } as const;

const WON = 1000;
const HEADER: FixtureCellSpec = { bold: true, fill: "D9E1F2", border: true, align: "center", wrap: true };
const AMOUNT = "#,##0";

const header = (value: string): FixtureCellSpec => ({ value, ...HEADER });
const text = (value: string): FixtureCellSpec => ({ value, border: true });
const number = (value: number, numFmt = AMOUNT): FixtureCellSpec => ({ value, numFmt, border: true });

/** Writes a header row and body rows from `top` (1-based), returning the last row written. */
function block(cells: Record<string, FixtureCell>, top: number, head: readonly string[], body: readonly FixtureCellSpec[][]): number {
  head.forEach((h, c) => (cells[cellAddress(c + 1, top)] = header(h)));
  body.forEach((row, r) => row.forEach((cell, c) => (cells[cellAddress(c + 1, top + 1 + r)] = cell)));
  return top + body.length;
}

function budgetSheet(figures: SeedFigures): { sheet: FixtureSheet; table: TableSpec } {
  const { rows, total } = figures.budgetByUnitProgram;
  const line = (label: string, budget: number, executed: number, rate: number, bold = false): FixtureCellSpec[] => [
    { ...text(label), bold },
    { ...number(budget * WON), bold },
    { ...number(executed * WON), bold },
    { ...number((budget - executed) * WON), bold },
    { ...number(rate, "0.0"), bold },
  ];
  const cells: Record<string, FixtureCell> = { A1: { value: "2018년 홍보전산과 세출예산 집행 현황", bold: true } };
  const head = ["세부사업명", "예산액(원)", "집행액(원)", "집행잔액(원)", "집행률(%)"];
  const body = [
    line(String(total[0]), Number(total[1]), Number(total[2]), Number(total[3]), true),
    ...rows.map((r) => line(String(r[0]), Number(r[1]), Number(r[2]), Number(r[3]))),
  ];
  const last = block(cells, 3, head, body);
  return {
    sheet: { name: OFFICE_SHEETS.budget, cells, columnWidths: { A: 44, B: 16, C: 16, D: 16, E: 10 } },
    table: { sheet: OFFICE_SHEETS.budget, name: "예산", ref: `A3:${columnLetter(head.length)}${last}` },
  };
}

/** The staff table in its long layout: one row per series and grade, in the forms' words. */
function staffSheet(figures: SeedFigures): FixtureSheet {
  const { headerSeries, headerGrade, rows } = figures.staff;
  const count = (value: unknown) => (value === "-" ? 0 : typeof value === "string" ? -Number(value.replace("△", "")) : Number(value));
  const [authorized, current] = [rows[0], rows[1]];
  const body: FixtureCellSpec[][] = [];
  for (let c = 2; c < headerSeries.length; c++) {
    const a = count(authorized[c]);
    const n = count(current[c]);
    if (a === 0 && n === 0) continue;
    body.push([text(String(headerSeries[c])), text(String(headerGrade[c])), number(a), number(n), number(n - a, "#,##0;△#,##0;-")]);
  }
  const sum = (i: number) => body.reduce((s, r) => s + Number(r[i].value), 0);
  body.unshift([{ ...text("계"), bold: true }, text(""), number(sum(2)), number(sum(3)), number(sum(3) - sum(2), "#,##0;△#,##0;-")]);
  const cells: Record<string, FixtureCell> = { A1: { value: "정원·현원 현황", bold: true } };
  block(cells, 3, ["직렬", "직급", "정원", "현원", "과부족"], body);
  return { name: OFFICE_SHEETS.staff, cells, columnWidths: { A: 16, B: 8, C: 8, D: 8, E: 8 } };
}

/** The 물품 register: the first sample's lots in the 물품관리 forms' words, costs in 원. */
function registerSheet(figures: SeedFigures): FixtureSheet {
  const statuses: Record<string, string> = { 사용: "운용", 예비: "운용", 폐기: "불용", 임대: "임대" };
  const body = inventoryLots(figures).map((lot): FixtureCellSpec[] => {
    const quantity = lot.quantity as number;
    const cost = lot.unitCost === undefined ? null : lot.unitCost * WON;
    return [
      text(lot.id),
      text(lot.category),
      text(lot.description),
      number(quantity),
      text(lot.unit),
      lot.acquired instanceof Date ? { value: lot.acquired, numFmt: "yyyy-mm-dd", border: true } : text(lot.acquired),
      lot.life === undefined ? { border: true } : number(lot.life),
      cost === null ? { border: true } : number(cost),
      cost === null ? { border: true } : number(cost * quantity),
      text(statuses[lot.status]),
      text(lot.team),
    ];
  });
  const cells: Record<string, FixtureCell> = { A1: { value: "물품관리대장 (정보화 장비)", bold: true } };
  const head = ["물품관리번호", "물품분류", "품명", "수량", "단위", "취득일자", "내용연수", "취득단가(원)", "취득금액(원)", "운용상태", "운용부서"];
  const last = block(cells, 3, head, body);
  cells[`A${last + 2}`] = "※ 불용 물품은 교체 계획에서 제외합니다.";
  return {
    name: OFFICE_SHEETS.register,
    cells,
    columnWidths: { A: 16, B: 13, C: 34, D: 7, E: 6, F: 12, G: 9, H: 14, I: 15, J: 9, K: 14 },
  };
}

function livesSheet(figures: SeedFigures): FixtureSheet {
  const cells: Record<string, FixtureCell> = { A1: { value: "물품 내용연수", bold: true } };
  block(cells, 3, ["물품분류", "내용연수"], usefulLives(figures).map(([category, years]) => [text(category), number(years)]));
  return { name: OFFICE_SHEETS.lives, cells, columnWidths: { A: 16, B: 10 } };
}

/** The workbook, and the Excel table to add to its package once written. */
export function buildOfficeFixture(figures: SeedFigures): { fixture: WorkbookFixture; tables: TableSpec[] } {
  const budget = budgetSheet(figures);
  return {
    fixture: { sheets: [budget.sheet, staffSheet(figures), registerSheet(figures), livesSheet(figures)], names: [] },
    tables: [budget.table],
  };
}
