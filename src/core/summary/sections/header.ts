import type { AsOfSource } from "../../facts";
import type { SeverityCounts } from "../../finding";
import type { SummaryLabel } from "../labels";
import { LAST_COLUMN, type SheetBuilder } from "../sheet-builder";
import type { SummaryStyle } from "../styles";
import type { DepartmentSource, SummaryTitle } from "../title";

/** What the title block of one workbook's summary states. */
export interface HeaderFacts {
  readonly title: SummaryTitle;
  readonly asOf: string;
  readonly asOfSource: AsOfSource;
  readonly generatedAt: string;
  readonly fileName: string;
  readonly counts: SeverityCounts;
}

/** A title block as written: the heading, the lines under it, and the validation status last. */
export interface TitleBlock {
  readonly heading: string;
  /** Who and when the figures are for; which file(s) and when the summary was made. */
  readonly lines: readonly string[];
  readonly status: StatusLine;
}

export interface StatusLine {
  readonly text: string;
  readonly failed: boolean;
}

export const AS_OF_SOURCE_LABELS: Readonly<Record<AsOfSource, SummaryLabel>> = {
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

/** Roles of the 결재란 beyond this many leave the lines beside it no room. */
export const MAX_APPROVALS = 5;

/** The rows the sign-off boxes stand over below their role, and how tall each: room for a seal (도장) or a signature. */
const SIGN_ROWS = 2;
const SIGN_ROW_HEIGHT = 24;

/** The parts of an identity line, as the title block sets them apart. */
export const LINE_SEPARATOR = "   ·   ";

/** `2018년 홍보전산과 예산·자산 현황`: the summary's title, the department's when one is known. */
function summaryHeading(b: SheetBuilder, title: SummaryTitle): string {
  const { department, fiscalYear } = title;
  return department === null
    ? b.t("titleWithoutDepartment", { year: String(fiscalYear.year) })
    : b.t("titleWithDepartment", { year: String(fiscalYear.year), department: department.name });
}

/** `검증: 오류 0 · 경고 6 · 정보 2 · 검증 통과`, with what else keeps a run from passing (`읽지 못한 파일 1개`). */
export function statusLine(b: SheetBuilder, counts: SeverityCounts, unreadable = 0): StatusLine {
  const failed = counts.error > 0 || unreadable > 0;
  const parts = [
    `${b.t("validation")}: ${b.t("error")} ${counts.error}`,
    `${b.t("warning")} ${counts.warning}`,
    `${b.t("info")} ${counts.info}`,
    ...(unreadable > 0 ? [b.t("unreadableCount", { count: unreadable })] : []),
    failed ? b.t("failed") : b.t("passed"),
  ];
  return { text: parts.join(" · "), failed };
}

/** One workbook's title block: department, fiscal year and as-of date, each with where it was read; file and time. */
export function singleTitleBlock(b: SheetBuilder, facts: HeaderFacts): TitleBlock {
  return {
    heading: summaryHeading(b, facts.title),
    lines: [identityLine(b, facts), `${b.t("fileIs", { name: facts.fileName })}${LINE_SEPARATOR}${b.t("generatedAt")} ${facts.generatedAt}`],
    status: statusLine(b, facts.counts),
  };
}

/**
 * The title block, frozen on screen: the heading across the width (the one row printed again on every page),
 * the lines under it and the validation status. With `approvals`, the 결재란 at the right of those lines, under
 * the heading: a box per role, empty to sign in, on the first page only. Returns how many rows it takes.
 */
export function writeTitleBlock(b: SheetBuilder, block: TitleBlock, approvals: readonly string[] = []): number {
  const first = b.row;
  b.line(block.heading, "title");
  const lastCol = LAST_COLUMN - approvals.length;
  const line = (text: string, style: SummaryStyle) => {
    b.mergedText(b.row, 0, lastCol, text, style);
    b.row += 1;
  };
  for (const text of block.lines) line(text, "meta");
  line(block.status.text, block.status.failed ? "failed" : "passed");
  if (approvals.length > 0) {
    writeApprovals(b, first + 1, lastCol + 1, approvals);
    b.row = Math.max(b.row, first + 2 + SIGN_ROWS);
  }
  return b.row - first;
}

/** `부서 홍보전산과 · 회계연도 2018 (기준일의 연도) · 기준일 2018-09-30 (통합 문서의 기준일)`. */
function identityLine(b: SheetBuilder, facts: HeaderFacts): string {
  const { department, fiscalYear } = facts.title;
  const parts: string[] = [];
  if (department !== null) {
    const source = DEPARTMENT_SOURCE_LABELS[department.source];
    parts.push(`${b.t("departmentIs", { name: department.name })}${source ? ` (${b.t(source)})` : ""}`);
  }
  parts.push(`${b.t("fiscalYearIs", { year: String(fiscalYear.year) })}${fiscalYear.source === "asOf" ? ` (${b.t("fiscalYearFromAsOf")})` : ""}`);
  parts.push(`${b.t("asOf")} ${facts.asOf} (${b.t(AS_OF_SOURCE_LABELS[facts.asOfSource])})`);
  return parts.join(LINE_SEPARATOR);
}

/** The 결재란: each role over an empty bordered box, from `firstCol` to the last column. */
function writeApprovals(b: SheetBuilder, top: number, firstCol: number, roles: readonly string[]): void {
  roles.forEach((role, i) => {
    const col = firstCol + i;
    b.text(top, col, role, "approvalRole");
    for (let row = top + 1; row <= top + SIGN_ROWS; row++) b.put(row, col, { text: "" }, "approvalBox");
    b.merge(top + 1, col, top + SIGN_ROWS, col);
  });
  for (let row = top + 1; row <= top + SIGN_ROWS; row++) b.height(row, SIGN_ROW_HEIGHT);
}
