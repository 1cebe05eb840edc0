import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_CASES } from "../../../scripts/corpus/hostile";
import { addedTo, checkXlsx } from "../../helpers/sample";

const RULE = "workbook/beyond-limits";
const hostile = (file: string) => HOSTILE_CASES.find((c) => c.file === file)!.build("test");
/** The committed sample, which the hostile corpus edits. */
const sampleFindings = () => checkXlsx(readFileSync(join(__dirname, "../../../assets/samples/budget-check-sample.xlsx")), { lang: "en" });

describe(RULE, () => {
  it("reports a cell past Excel's last row and column at its address, and adds nothing else to the sample's findings", async () => {
    const findings = await checkXlsx(await hostile("cell-past-limits.xlsx"), { lang: "en" });
    const added = addedTo(await sampleFindings(), findings);
    expect(added.map(({ rule, severity, name, sheet, cell }) => ({ rule, severity, name, sheet, cell }))).toEqual([
      { rule: RULE, severity: "error", name: "", sheet: "예산", cell: "XFE1048577" },
    ]);
    expect(added[0].message).toContain("XFE1048577 on sheet '예산' lies past Excel's last row (1,048,576) or column (XFD)");
  });

  it("reports a merged area past the limits by its reference, with no cell to select, and reads the budget as before", async () => {
    const findings = await checkXlsx(await hostile("merge-past-limits.xlsx"), { lang: "en" });
    const added = addedTo(await sampleFindings(), findings);
    expect(added.map(({ rule, sheet, cell, data }) => ({ rule, sheet, cell, data }))).toEqual([
      { rule: RULE, sheet: "예산", cell: "", data: { sheet: "예산", first: "A1:XFE1048577", count: 1 } },
    ]);
  });
});
