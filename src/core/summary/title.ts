import type { WorkbookFacts } from "../facts";
import type { Lang } from "../finding";
import type { CellValue } from "../grid";
import { tablesOf, type Subject } from "../subject";
import { unitInLine } from "../units/money-unit";
import { cellText } from "../values/cell-readers";
import { normalizeText } from "../values/text";

/** The 결재란's roles when none are chosen: who prepares, reviews and approves a division's report. */
export const DEFAULT_APPROVALS: Readonly<Record<Lang, readonly string[]>> = {
  ko: ["담당", "팀장", "과장"],
  en: ["Prepared", "Reviewed", "Approved"],
};

/** Where the department printed in the title was read. */
export type DepartmentSource = "name" | "title" | "setting";

/** What the summary's title names: the department and the fiscal year the figures are for. */
export interface SummaryTitle {
  readonly department: { readonly name: string; readonly source: DepartmentSource } | null;
  readonly fiscalYear: { readonly year: number; readonly source: "name" | "asOf" };
}

/** The words a Korean office's units end in: 홍보전산과, 정보통신팀, 기획예산담당관, 환경사업소. */
const OFFICE_UNIT = /^[^\d\s(（]\S*(과|팀|국|실|담당관|센터|사업소|본부|단|처)$/;

/**
 * The department a workbook's title names (`2018년 홍보전산과 업무보고` names 홍보전산과): its first word that
 * ends as an office's unit does. Null for a title naming none (`2018년 예산 현황`), which would read as no name.
 */
export function departmentInTitle(title: string): string | null {
  return normalizeText(title).split(/\s+/).find((word) => OFFICE_UNIT.test(word)) ?? null;
}

/** A year from 1900 to 2100 in a cell's text or number (`2018`, `2018년`, `2018회계연도`), else null. */
export function yearIn(value: CellValue): number | null {
  const m = /(?:^|\D)((?:19|20)\d\d|2100)(?!\d)/.exec(normalizeText(cellText(value)));
  return m === null ? null : Number(m[1]);
}

/**
 * The first text of the rows at the top of a sheet that is neither empty nor a `(단위: …)` line: a workbook's
 * title, as people type it in A1 and merge it across.
 */
export function titleText(rows: readonly (readonly CellValue[])[]): string | undefined {
  for (const row of rows) {
    for (const value of row) {
      const text = normalizeText(cellText(value)).trim();
      if (text !== "" && unitInLine(text) === undefined && typeof value === "string") return text;
    }
  }
  return undefined;
}

/** The text of a one-cell name's cell, trimmed; empty when the cell is. */
function firstCellText(subject: { readonly grid: { readonly values: readonly (readonly CellValue[])[] } }): string {
  return normalizeText(cellText(subject.grid.values[0]?.[0] ?? null)).trim();
}

/**
 * 부서명 from a `Department`/`부서` name, else the department the workbook's title names, else the setting;
 * 회계연도 from a `FiscalYear`/`회계연도` name, else the as-of date's year.
 */
export function summaryTitle(subjects: readonly Subject[], facts: WorkbookFacts, title: string | undefined, setting: string | undefined): SummaryTitle {
  const named = tablesOf(subjects, "department").map(firstCellText).find((text) => text !== "");
  const fromTitle = title === undefined ? null : departmentInTitle(title);
  const chosen = setting?.trim();
  const department = named
    ? { name: named, source: "name" as const }
    : fromTitle
      ? { name: fromTitle, source: "title" as const }
      : chosen
        ? { name: chosen, source: "setting" as const }
        : null;
  const year = tablesOf(subjects, "fiscalYear").map((cell) => yearIn(cell.grid.values[0]?.[0] ?? null)).find((y) => y !== null);
  return { department, fiscalYear: year ? { year, source: "name" } : { year: facts.asOf.year, source: "asOf" } };
}
