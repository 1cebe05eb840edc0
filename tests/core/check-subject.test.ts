/**
 * checkSubject's order: by cell (row, then column), then by the rules' order, and as reported among equals;
 * findings of no cell first. Rows with many findings are sorted apart from rows with a few.
 */
import { checkSubject } from "../../src/core/check-subject";
import { gatherFacts } from "../../src/core/facts";
import { parseTable } from "../../src/core/kinds/parse";
import { defineRule, type RuleContext } from "../../src/core/rule";
import { gridOf, testOptions } from "../helpers/grid";

/** A rule that reports at the given cells, in the given order, each with its place in the list as `n`. */
function reporting(id: string, cells: readonly [number | undefined, number | undefined][]) {
  return defineRule({
    id,
    severity: "info",
    scope: "table",
    appliesTo: ["inventory"],
    description: { ko: id, en: id },
    messages: { at: { ko: "{n}", en: "{n}" } },
    check(_table, context: RuleContext) {
      cells.forEach(([row, col], n) => context.report({ row, col, messageId: "at", data: { n } }));
    },
  });
}

describe("checkSubject", () => {
  it("lists findings by row, column and rule, keeping the reported order among equals, on rows of few and of many", () => {
    const header = ["관리번호", "취득일", ...Array.from({ length: 18 }, (_, i) => `비고${i}`)];
    const grid = gridOf([header, header.map(() => "x"), header.map(() => "y")], { name: "장비" });
    const table = parseTable("inventory", grid);
    const wide = Array.from({ length: 20 }, (_, col) => [1, 19 - col] as [number, number]);
    const first = reporting("test/first", [[2, 3], ...wide, [undefined, undefined], [2, 1]]);
    const second = reporting("test/second", [[2, 1], [1, 5], [2, 1], [1, 5]]);
    const options = testOptions();
    const facts = gatherFacts([], [], options);
    const listed = checkSubject(table, [first, second], options, facts).map((f) => `${f.cell || "-"} ${f.rule.slice(5)} ${f.message}`);
    const row2 = Array.from({ length: 20 }, (_, col) => `${String.fromCharCode(65 + col)}2 first ${20 - col}`);
    row2.splice(6, 0, "F2 second 1", "F2 second 3");
    expect(listed).toEqual(["- first 21", ...row2, "B3 first 22", "B3 second 0", "B3 second 2", "D3 first 0"]);
  });
});
