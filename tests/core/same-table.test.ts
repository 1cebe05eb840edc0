/** Names over the same cells are one table: parsed and checked once, each name given the findings under its own name. */
import type { Grid } from "../../src/core/grid";
import { planReads } from "../../src/core/names/plan";
import { defaultOptions } from "../../src/core/options";
import { subjectsOf, validateSubjects } from "../../src/core/validate";

const SHEET = "기타";
/** A Table_ over H2:J5 whose 계 across is wrong on its second row. */
const values = [
  ["구분", "1분기", "계"],
  ["가", 1, 1],
  ["나", 2, 5],
  ["다", 3, 3],
];
const gridNamed = (name: string, cells = values): Grid => ({ name, sheet: SHEET, top: 1, left: 7, values: cells });

function check(names: readonly string[], gridsOf: (name: string) => Grid, lang: "ko" | "en" = "en") {
  const plan = planReads(names.map((name) => ({ name, formula: `'${SHEET}'!$H$2:$J$5` })), [SHEET], []);
  const subjects = subjectsOf(plan, plan.reads.map((read) => gridsOf(read.name)));
  return validateSubjects(subjects, { ...defaultOptions({ year: 2018, month: 9, day: 30 }), lang });
}

describe("names over one table", () => {
  it("gives every name the same findings as if each were checked alone, under its own name", () => {
    const names = ["Table_a", "Table_b", "Table_c"];
    const shared = values.map((row) => [...row]);
    const { findings } = check(names, (name) => gridNamed(name, shared));
    const alone = check(["Table_a"], (name) => gridNamed(name)).findings;
    expect(alone.length).toBeGreaterThan(0);
    expect(findings).toEqual(names.flatMap((name) => alone.map((f) => ({ ...f, name }))));
  });

  it("parses the cells once: the later names' subjects are the first one's, renamed", () => {
    const shared = values.map((row) => [...row]);
    const { subjects } = check(["Table_a", "Table_b"], (name) => gridNamed(name, shared));
    const [a, b] = subjects as unknown as { name: string; grid: Grid; totals: unknown }[];
    expect([a.name, b.name, a.grid.name, b.grid.name]).toEqual(["Table_a", "Table_b", "Table_a", "Table_b"]);
    expect(b.totals).toBe(a.totals);
    expect(b.grid.values).toBe(a.grid.values);
  });

  it("quotes each name in a message that names its table", () => {
    const noHeader = [["x", "y"], [1, 2]];
    const { findings } = check(["Budget_a", "Budget_b"], (name) => gridNamed(name, noHeader), "en");
    const unrecognized = findings.filter((f) => f.rule === "table/unrecognized");
    expect(unrecognized.map((f) => f.name)).toEqual(["Budget_a", "Budget_b"]);
    expect(unrecognized[1].message).toContain("Budget_b");
    expect(unrecognized[1].message).not.toContain("Budget_a");
    expect(unrecognized[1].data).toMatchObject({ name: "Budget_b" });
  });

  it("checks grids with equal but separate cells apart, as before", () => {
    const { subjects } = check(["Table_a", "Table_b"], (name) => gridNamed(name, values.map((row) => [...row])));
    const [a, b] = subjects as unknown as { totals: unknown }[];
    expect(b.totals).not.toBe(a.totals);
    expect(b.totals).toEqual(a.totals);
  });
});
