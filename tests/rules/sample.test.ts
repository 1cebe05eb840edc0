import { countBySeverity } from "../../src/core/finding";
import { checkXlsx, cleanFindings, cleanXlsx, located, SAMPLE_SHEETS } from "../helpers/sample";

const { inventory } = SAMPLE_SHEETS;

/** The clean sample's findings, pinned so that a change in any rule shows here first. */
describe("the sample workbook", () => {
  it("has no errors: 7 warnings and 13 infos", async () => {
    expect(countBySeverity(await cleanFindings())).toEqual({ error: 0, warning: 7, info: 13 });
  });

  it("warns about exactly the 7 overdue lots", async () => {
    const warnings = (await cleanFindings()).filter((f) => f.severity === "warning");
    expect(warnings.map(located)).toEqual(
      ["F11", "F17", "F20", "F28", "F32", "F38", "F42"].map((cell) => ({
        rule: "inventory/overdue",
        severity: "warning",
        sheet: inventory,
        cell,
      })),
    );
  });

  it("informs only about text numbers and lots due soon", async () => {
    const infos = (await cleanFindings()).filter((f) => f.severity === "info");
    const byRule = (rule: string) => infos.filter((f) => f.rule === rule).length;
    expect({ text: byRule("cell/number-as-text"), dueSoon: byRule("inventory/due-soon") }).toEqual({ text: 5, dueSoon: 8 });
  });

  it("names one cell per finding, as an A1 address without $", async () => {
    for (const f of await cleanFindings()) {
      expect(f.sheet).not.toBe("");
      expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    }
  });

  it("finds the same things in English, only worded differently", async () => {
    const english = await checkXlsx(await cleanXlsx(), { lang: "en" });
    const korean = await cleanFindings();
    expect(english.map(located)).toEqual(korean.map(located));
    expect(english.map((f) => f.message)).not.toEqual(korean.map((f) => f.message));
  });
});
