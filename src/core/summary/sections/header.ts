import type { AsOfSource } from "../../facts";
import type { SeverityCounts } from "../../finding";
import type { SummaryLabel } from "../labels";
import { LAST_COLUMN, type SheetBuilder } from "../sheet-builder";
import type { DepartmentSource, SummaryTitle } from "../title";

export interface HeaderFacts {
  readonly title: SummaryTitle;
  readonly asOf: string;
  readonly asOfSource: AsOfSource;
  readonly generatedAt: string;
  readonly fileName: string;
  readonly counts: SeverityCounts;
}

const AS_OF_SOURCE_LABELS: Readonly<Record<AsOfSource, SummaryLabel>> = {
  option: "asOfFromOption",
  workbook: "asOfFromWorkbook",
  today: "asOfFromToday",
};

/** A department named by the user's own name is stated as it is; one found in the title or set is said so. */
const DEPARTMENT_SOURCE_LABELS: Readonly<Record<DepartmentSource, SummaryLabel | null>> = {
  name: null,
  title: "departmentFromTitle",
  setting: "departmentFromSetting",
};

/** Roles of the 결재란 beyond this many leave the title no room. */
export const MAX_APPROVALS = 5;

/** The rows the sign-off boxes stand over below their role: room for a seal or a signature. */
const SIGN_ROWS = 3;

/** `2018년 홍보전산과 예산·자산 현황`: the summary's title, the department's when one is known. */
export function summaryHeading(b: SheetBuilder, title: SummaryTitle): string {
  const { department, fiscalYear } = title;
  return department === null
    ? b.t("titleWithoutDepartment", { year: String(fiscalYear.year) })
    : b.t("titleWithDepartment", { year: String(fiscalYear.year), department: department.name });
}

/**
 * The title block, frozen and printed on every page: title; department, fiscal year and as-of date, each with
 * where it was read; file and time; the validation status. With `approvals`, the 결재란 at its top right: a box
 * per role, empty to sign in. Returns how many rows it takes.
 */
export function writeHeader(b: SheetBuilder, facts: HeaderFacts, heading: string, approvals: readonly string[] = []): number {
  const lastCol = LAST_COLUMN - approvals.length;
  const line = (text: string, style: Parameters<SheetBuilder["mergedText"]>[4]) => {
    b.mergedText(b.row, 0, lastCol, text, style);
    b.row += 1;
  };
  const first = b.row;
  line(heading, "title");
  line(identityLine(b, facts), "meta");
  line(`${b.t("file")} ${facts.fileName}   ·   ${b.t("generatedAt")} ${facts.generatedAt}`, "meta");
  const { error, warning, info } = facts.counts;
  const status = error === 0 ? b.t("passed") : b.t("failed");
  line(`${b.t("validation")}: ${b.t("error")} ${error} · ${b.t("warning")} ${warning} · ${b.t("info")} ${info} · ${status}`, error === 0 ? "passed" : "failed");
  if (approvals.length > 0) writeApprovals(b, first, lastCol + 1, approvals);
  return b.row - first;
}

/** `부서 홍보전산과 · 회계연도 2018 (기준일의 연도) · 기준일 2018-09-30 (통합 문서의 기준일)`. */
function identityLine(b: SheetBuilder, facts: HeaderFacts): string {
  const { department, fiscalYear } = facts.title;
  const parts: string[] = [];
  if (department !== null) {
    const source = DEPARTMENT_SOURCE_LABELS[department.source];
    parts.push(`${b.t("department")} ${department.name}${source ? ` (${b.t(source)})` : ""}`);
  }
  parts.push(`${b.t("fiscalYear")} ${fiscalYear.year}${fiscalYear.source === "asOf" ? ` (${b.t("fiscalYearFromAsOf")})` : ""}`);
  parts.push(`${b.t("asOf")} ${facts.asOf} (${b.t(AS_OF_SOURCE_LABELS[facts.asOfSource])})`);
  return parts.join("   ·   ");
}

/** The 결재란: each role over an empty bordered box, from `firstCol` to the last column. */
function writeApprovals(b: SheetBuilder, top: number, firstCol: number, roles: readonly string[]): void {
  roles.forEach((role, i) => {
    const col = firstCol + i;
    b.text(top, col, role, "approvalRole");
    b.put(top + 1, col, { text: "" }, "approvalBox");
    for (let row = top + 2; row <= top + SIGN_ROWS; row++) b.put(row, col, { text: "" }, "approvalBox");
    b.merge(top + 1, col, top + SIGN_ROWS, col);
  });
}
