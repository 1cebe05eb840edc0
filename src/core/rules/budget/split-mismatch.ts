import type { CellPosition } from "../../address";
import { defineRule } from "../../rule";
import { amountAt, readAt, roundSum, sumAt } from "../../tables/amounts";
import { unitSuffix } from "../../units/money-unit";
import { transpositionHint } from "../support/transposition";

export default defineRule({
  id: "budget/split-mismatch",
  severity: "error",
  scope: "row",
  appliesTo: ["budget"],
  description: {
    ko: "재원(국비·도비·시비·구·군비·특별교부세·기금·자체)의 합이 예산액·집행액과 같은지 확인합니다.",
    en: "Funding sources (national, province, city, district, special grant, fund, own) add up to the budget and the executed amount.",
  },
  messages: {
    budget: {
      ko: "재원 합 {sources} ({names}) ≠ 예산액 {stated} (차이 {difference}{unit}{hint}).",
      en: "Funding sources {sources} ({names}) ≠ budget {stated} (difference {difference}{unit}{hint}).",
    },
    executed: {
      ko: "재원별 집행 합 {sources} ({names}) ≠ 집행액 {stated} (차이 {difference}{unit}{hint}).",
      en: "Executed by source {sources} ({names}) ≠ executed {stated} (difference {difference}{unit}{hint}).",
    },
  },
  check(table, context) {
    const { grid } = table;
    const unit = unitSuffix(table.unit, context.lang);
    const pairs = [
      { messageId: "budget", col: table.budgetCol, parts: table.sourceCols },
      { messageId: "executed", col: table.executedCol, parts: table.executedSourceCols },
    ];
    for (const { messageId, col, parts } of pairs) {
      if (col === undefined || parts.length === 0) continue;
      const names = parts.map((p) => table.headers[p.col]).join("+");
      for (const { row } of table.rows) {
        const cells: CellPosition[] = parts.map((p) => ({ row, col: p.col }));
        // A row that leaves every source blank states no split.
        if (cells.every((cell) => readAt(grid, cell).kind === "blank")) continue;
        const stated = amountAt(grid, { row, col });
        const sources = sumAt(grid, cells);
        if (stated === null || sources === null) continue;
        const difference = roundSum(sources - stated);
        if (Math.abs(difference) <= context.options.tolerance) continue;
        const hint = transpositionHint(difference, context.lang);
        context.report({ row, col, messageId, data: { sources, names, stated, difference: Math.abs(difference), unit, hint } });
      }
    }
  },
});
