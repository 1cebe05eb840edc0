import type { Finding } from "../../../src/core/finding";
import { LONG_LIST, SHOWN_OF_LONG_LIST } from "../../../src/core/summary/build-summary";
import { buildConsolidated, type Division } from "../../../src/core/summary/consolidated";
import type { DivisionFigures } from "../../../src/core/summary/division";
import type { SheetSpec } from "../../../src/core/summary/sheet-spec";

const FIGURES: DivisionFigures = {
  budget: { budget: 1000, executed: 750 },
  staff: null,
  replacement: { overdue: { lots: 2, cost: 300 }, dueSoon: { lots: 0, cost: 0 } },
};

function finding(cell: string): Finding {
  return { severity: "warning", rule: "inventory/overdue", name: "Inventory", sheet: "장비", cell, messageId: "m", data: {}, message: `late ${cell}` };
}

function checked(file: string, findings: Finding[]): Division {
  return { kind: "checked", file, link: `../in/${file}`, asOf: "2018-09-30", findings, figures: FIGURES };
}

const textsOf = (sheet: SheetSpec) => sheet.cells.flatMap((c) => ("text" in c.content ? [c.content.text] : []));

describe("the consolidated summary model", () => {
  it("puts a readable file in each section it has figures for, an unreadable one only in the status table", () => {
    const book = buildConsolidated({
      divisions: [checked("a.xlsx", [finding("F11")]), { kind: "unreadable", file: "b.xlsx", message: "b.xlsx: damaged" }],
      lang: "en",
      generatedAt: "2018-09-30 09:00",
    });
    expect(book.sheets.map((s) => s.role)).toEqual(["summary"]);
    const [summary] = book.sheets;
    const texts = textsOf(summary);
    expect(texts.filter((t) => t === "a.xlsx")).toHaveLength(4);
    expect(texts.filter((t) => t === "b.xlsx")).toHaveLength(1);
    expect(texts).toContain("b.xlsx: damaged");
    expect(texts).toContain("2. Staff");
    expect(texts).toContain("The workbook has no such table.");
    expect(summary.cells.find((c) => c.link !== undefined)?.link).toEqual({ file: "../in/a.xlsx", sheet: "장비", cell: "F11" });
  });

  it("moves a long list of findings to its own sheet, linked from the summary", () => {
    const many = Array.from({ length: LONG_LIST + 1 }, (_, i) => finding(`F${i + 1}`));
    const book = buildConsolidated({ divisions: [checked("a.xlsx", many)], lang: "ko", generatedAt: "2018-09-30 09:00" });
    expect(book.sheets.map((s) => [s.name, s.role])).toEqual([["요약", "summary"], ["검증 결과", "findings"]]);
    const linked = (sheet: SheetSpec) => sheet.cells.filter((c) => c.link !== undefined && "file" in c.link).length;
    expect(linked(book.sheets[0])).toBe(SHOWN_OF_LONG_LIST);
    expect(linked(book.sheets[1])).toBe(LONG_LIST + 1);
    expect(book.sheets[0].cells.some((c) => c.link !== undefined && "role" in c.link && c.link.role === "findings")).toBe(true);
  });
});
