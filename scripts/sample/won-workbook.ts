/**
 * The sample workbook kept in 원 rather than 천원: every amount a thousand times larger, the unit lines, the
 * unit-cost header and the 금액 단위 cell saying 원. Rates, counts and dates stay as they are.
 */
import { cloneFixture, type FixtureCell, type WorkbookFixture } from "./workbook-fixture";

/** The amount columns of each sheet, below its header row (row 3). */
const AMOUNT_COLUMNS: Readonly<Record<string, string>> = {
  예산: "BC",
  "사업별 예산": "CDEFGH",
  장비: "H",
};

const FIRST_DATA_ROW = 4;

function inWonText(text: string): string {
  if (!/^[\d,]+$/.test(text)) return text;
  return (Number(text.replace(/,/g, "")) * 1000).toLocaleString("en-US");
}

function inWon(cell: FixtureCell): FixtureCell {
  if (typeof cell === "number") return cell * 1000;
  if (typeof cell === "string") return inWonText(cell);
  if (cell === null || typeof cell !== "object") return cell;
  return {
    ...cell,
    ...(typeof cell.value === "number" && { value: cell.value * 1000 }),
    ...(typeof cell.value === "string" && { value: inWonText(cell.value) }),
    ...(typeof cell.result === "number" && { result: cell.result * 1000 }),
  };
}

function saysWon(cell: FixtureCell): FixtureCell {
  const swap = (text: string) => text.replace("(단위: 천원)", "(단위: 원)").replace("(천원)", "(원)").replace(/^천원$/, "원");
  if (typeof cell === "string") return swap(cell);
  if (cell !== null && typeof cell === "object" && typeof cell.value === "string") return { ...cell, value: swap(cell.value) };
  return cell;
}

export function wonFixture(seed: WorkbookFixture): WorkbookFixture {
  const fixture = cloneFixture(seed);
  for (const sheet of fixture.sheets) {
    const columns = AMOUNT_COLUMNS[sheet.name] ?? "";
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
      sheet.cells[address] = columns.includes(column) && Number(row) >= FIRST_DATA_ROW ? inWon(cell) : saysWon(cell);
    }
  }
  return fixture;
}
