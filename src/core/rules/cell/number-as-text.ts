import { carryFormulaCoverage, formulaCoveragePieces } from "../../formulas/coverage";
import { cellAddress } from "../../grid-axes";
import { TABLE_KINDS, type Table } from "../../kinds";
import { defineRule, type RuleContext } from "../../rule";
import { koreanMinusMark } from "../../values/numbers";
import { rowSpans } from "../../row-spans";
import { carryTypedCellIssues, columnHeader, typedCellIssuePieces } from "../support/typed-cells";

/** A `-` or `△3` typed as text: how these users write zero and minus, not a slip. */
interface MarkedCell {
  readonly row: number;
  readonly col: number;
  /** `-` for every dash, else the minus mark as written. */
  readonly mark: string;
}

const DASH = "-";
/** Marks in the order a message names them. */
const MARKS = [DASH, "△", "▲"];

/** Cells a message names before it leaves the rest to the finding's `cells`. */
const CELLS_NAMED = 5;

export default defineRule({
  id: "cell/number-as-text",
  severity: "warning",
  scope: "table",
  appliesTo: TABLE_KINDS,
  description: {
    ko: "텍스트로 저장된 숫자를 찾습니다. 읽기는 하지만 Excel의 SUM은 건너뜁니다.",
    en: "A number stored as text: we read it, but Excel's SUM skips it.",
  },
  messages: {
    covered: {
      ko: "{column}: '{text}'{이/가} 텍스트로 저장되어 있어 {formulaCell}의 수식이 이 값을 빼고 계산합니다.",
      en: "{column}: '{text}' is stored as text, so the formula in {formulaCell} leaves it out.",
    },
    text: {
      ko: "{column}: '{text}'{이/가} 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다).",
      en: "{column}: '{text}' is a number stored as text (Excel's SUM skips it).",
    },
    dashes: {
      ko: "{marks}로 적힌 {count}개 셀을 0으로 읽었습니다 ({cellList}).",
      en: "Cells written as {marks}, read as zero: {count} ({cellList}).",
    },
    minus: {
      ko: "{marks}로 적힌 {count}개 셀을 음수로 읽었습니다 ({cellList}).",
      en: "Cells written as {marks}, read as negative numbers: {count} ({cellList}).",
    },
    dashesAndMinus: {
      ko: "{marks}로 적힌 {count}개 셀을 0·음수로 읽었습니다 ({cellList}).",
      en: "Cells written as {marks}, read as zero and negative numbers: {count} ({cellList}).",
    },
  },
  *pieces(table, context) {
    const issues = yield* typedCellIssuePieces(table);
    // Most registers hold no number as text: then no formula needs looking through.
    if (issues.length === 0) return;
    const coverage = yield* formulaCoveragePieces(table.grid);
    const marked: MarkedCell[] = [];
    yield* rowSpans(issues.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const issue = issues[i];
        if (issue.type === "date" || issue.reading.kind !== "text-number") continue;
        const { row, col, reading } = issue;
        const data = { column: columnHeader(table, col), text: reading.text };
        const formulaCell = coverage.coveringFormulaCell(row, col);
        // A dash is zero: a SUM that skips it still adds up right. A △3 it skips makes the total wrong.
        if (formulaCell && !reading.dash && formulaCell !== cellAddress(table.grid, row, col)) {
          context.report({ row, col, messageId: "covered", data: { ...data, formulaCell }, severity: "warning" });
          continue;
        }
        const mark = reading.dash ? DASH : koreanMinusMark(reading.text);
        if (mark === undefined) context.report({ row, col, messageId: "text", data, severity: "info" });
        else marked.push({ row, col, mark });
      }
    });
    if (marked.length > 0) reportMarked(table, marked, context);
  },
  carry(from, to, rows) {
    carryTypedCellIssues(from, to, rows);
    const formulaIn = (table: Table, row: number) => table.grid.formulas?.[row]?.some((formula) => formula !== null) ?? false;
    if (rows.every((row) => !formulaIn(from, row) && !formulaIn(to, row))) carryFormulaCoverage(from.grid, to.grid);
  },
});

/** The table's dashes and △s as one info at the first of them (in reading order), listing them all. */
function reportMarked(table: Table, marked: MarkedCell[], context: RuleContext): void {
  marked.sort((a, b) => a.row - b.row || a.col - b.col);
  const found = new Set(marked.map((m) => m.mark));
  const marks = MARKS.filter((m) => found.has(m));
  const messageId = marks[0] !== DASH ? "minus" : marks.length === 1 ? "dashes" : "dashesAndMinus";
  const named = marked.slice(0, CELLS_NAMED).map((m) => cellAddress(table.grid, m.row, m.col));
  if (marked.length > CELLS_NAMED) named.push("…");
  const [{ row, col }] = marked;
  context.report({
    row,
    col,
    messageId,
    data: { marks: marks.map((m) => `'${m}'`).join("·"), count: marked.length, cellList: named.join(", ") },
    severity: "info",
    cells: marked.map(({ row, col }) => ({ row, col })),
  });
}
