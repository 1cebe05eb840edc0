import type { CellValue } from "../../../src/core/grid";
import { resolveRuleSettings, ruleConfigOf } from "../../../src/core/rule-config";
import { RULE_IDS } from "../../../src/core/rules";
import { gridOf, validateGrids } from "../../helpers/grid";

describe("rule settings", () => {
  it("merges the layers, the first given winning, and says where each setting came from", () => {
    const settings = resolveRuleSettings([
      { source: "option", rules: { "budget/over-executed": "warning" } },
      { source: "file", rules: { "budget/over-executed": "off", "inventory/due-soon": "off" } },
      { source: "workbook", rules: { "inventory/due-soon": "warning", "cell/number-as-text": "error" } },
    ]);
    expect(settings.rules).toEqual({ "budget/over-executed": "warning", "inventory/due-soon": "off", "cell/number-as-text": "error" });
    expect(settings.overrides).toEqual([
      { rule: "budget/over-executed", level: "warning", source: "option" },
      { rule: "cell/number-as-text", level: "error", source: "workbook" },
      { rule: "inventory/due-soon", level: "off", source: "file" },
    ]);
    expect(resolveRuleSettings([])).toEqual({ rules: {}, overrides: [] });
  });

  it("accepts the four levels for rules there are, and names the first that is wrong", () => {
    expect(ruleConfigOf({ "budget/over-executed": "info" }, RULE_IDS)).toEqual({ rules: { "budget/over-executed": "info" } });
    expect(ruleConfigOf({ "budget/nope": "info" }, RULE_IDS)).toEqual({ problem: { kind: "unknown-rule", rule: "budget/nope" } });
    expect(ruleConfigOf({ "budget/over-executed": true }, RULE_IDS)).toEqual({
      problem: { kind: "bad-level", rule: "budget/over-executed", level: "true" },
    });
  });
});

describe("the runner applies the rule settings", () => {
  const values: CellValue[][] = [
    ["사업명", "예산액", "집행액"],
    ["가", 10, 12],
    ["나", 20, "-"],
  ];
  const found = (rules: Record<string, "off" | "info" | "warning" | "error">) =>
    validateGrids([{ kind: "budget", grid: gridOf(values) }], { rules }).findings.map((f) => [f.rule, f.cell, f.severity]);

  it("reports with each rule's default severity when nothing is set: over-executed is an error", () => {
    expect(found({})).toEqual([
      ["budget/over-executed", "C2", "error"],
      ["cell/number-as-text", "C3", "info"],
    ]);
  });

  it("gives a rule the level set, over the one it picks for the case, and runs no rule set off", () => {
    expect(found({ "budget/over-executed": "off", "cell/number-as-text": "warning" })).toEqual([["cell/number-as-text", "C3", "warning"]]);
  });
});
