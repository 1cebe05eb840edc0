import type { CheckedRange } from "../../../src/taskpane/host";
import type { Finding } from "../../../src/core/finding";
import { groupFindings } from "../../../src/taskpane/state/finding-groups";
import { finding } from "../../helpers/fake-host";
import { expectLinear } from "../../helpers/growth";

/** A levelled budget on rows 3–12 (A1 rows 4–13): 정보화 추진 on sheet rows 3–8, 기본경비 on 9, 계 on 10. */
const LEVELLED: CheckedRange = {
  name: "Budget",
  kind: "budget",
  sheet: "예산",
  programs: [
    { label: "정보화 추진", first: 3, last: 8 },
    { label: "기본경비", first: 9, last: 9 },
  ],
};

const itself = (finding: Finding) => finding;

describe("the pane's groups", () => {
  it("puts a levelled budget's findings under the top-level program whose rows hold their cell, in table order", () => {
    const groups = groupFindings(
      [
        finding("error", "Budget", "예산", "B10", "기본경비"),
        finding("error", "Budget", "예산", "B5", "정보시스템 운영"),
        finding("error", "Budget", "예산", "B11", "계"),
        finding("warning", "Budget", "예산", "D9", "교육"),
        finding("info", "Inventory", "장비", "F12", "장비"),
      ],
      [LEVELLED, { name: "Inventory", kind: "inventory", sheet: "장비" }],
      itself,
    );
    expect(groups.map((g) => g.name)).toEqual(["Budget", "Inventory"]);
    const [budget, inventory] = groups;
    expect(budget.range).toBe(LEVELLED);
    expect(budget.findings.map((f) => f.cell)).toEqual(["B11"]);
    expect(budget.programs.map((p) => [p.label, p.findings.map((f) => f.cell)])).toEqual([
      ["정보화 추진", ["B5", "D9"]],
      ["기본경비", ["B10"]],
    ]);
    expect(inventory.findings.map((f) => f.cell)).toEqual(["F12"]);
    expect(inventory.programs).toEqual([]);
  });

  it("keeps a finding without a cell, or above the programs, outside them", () => {
    const [budget] = groupFindings([finding("error", "Budget", "예산", "", "이름"), finding("info", "Budget", "예산", "A3", "머리글")], [LEVELLED], itself);
    expect(budget.findings).toHaveLength(2);
    expect(budget.programs).toEqual([]);
  });

  it("groups 60,000 findings of a long budget, in time linear in the findings", async () => {
    const programs = (n: number) => Array.from({ length: n / 60 }, (_, i) => ({ label: `사업 ${i}`, first: 1 + i * 60, last: 60 + i * 60 }));
    const findings = (n: number) => Array.from({ length: n }, (_, i) => finding("error", "Budget", "예산", `B${i + 2}`, "x"));
    const [budget] = groupFindings(findings(60_000), [{ name: "Budget", kind: "budget", sheet: "예산", programs: programs(60_000) }], itself);
    expect(budget.programs).toHaveLength(1_000);
    expect(budget.programs.every((p) => p.findings.length === 60)).toBe(true);
    await expectLinear((n) => {
      const list = findings(n);
      const ranges: CheckedRange[] = [{ name: "Budget", kind: "budget", sheet: "예산", programs: programs(n) }];
      return () => groupFindings(list, ranges, itself);
    }, 6_000);
  });
});
