import { a1 } from "../../address";
import { formulaCoverage } from "../../formulas/coverage";
import { TABLE_KINDS } from "../../kinds";
import { defineRule } from "../../rule";
import { columnHeader, typedCellIssues } from "../support/typed-cells";

export default defineRule({
  id: "cell/number-as-text",
  severity: "warning",
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
  },
  check(table, context) {
    const coverage = formulaCoverage(table.grid);
    for (const issue of typedCellIssues(table)) {
      if (issue.type === "date" || issue.reading.kind !== "text-number") continue;
      const { row, col, reading } = issue;
      const data = { column: columnHeader(table, col), text: reading.text };
      const formulaCell = coverage.coveringFormulaCell(row, col);
      // A dash is zero: a SUM that skips it still adds up right.
      if (formulaCell && !reading.dash && formulaCell !== a1(table.grid.top + row, table.grid.left + col)) {
        context.report({ row, col, messageId: "covered", data: { ...data, formulaCell }, severity: "warning" });
      } else {
        context.report({ row, col, messageId: "text", data, severity: "info" });
      }
    }
  },
});
