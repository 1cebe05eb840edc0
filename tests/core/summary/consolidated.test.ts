import type { Finding } from "../../../src/core/finding";
import type { AcceptedFinding } from "../../../src/core/stamp/acceptance";
import { buildConsolidated, type Division } from "../../../src/core/summary/consolidated";
import type { DivisionFigures } from "../../../src/core/summary/division";
import { LONG_LIST, SHOWN_OF_LONG_LIST } from "../../../src/core/summary/section";
import type { SheetSpec } from "../../../src/core/summary/sheet-spec";

const FIGURES: DivisionFigures = {
  budget: { budget: 1000, executed: 750 },
  staff: null,
  replacement: { overdue: { lots: 2, cost: 300 }, dueSoon: { lots: 0, cost: 0 } },
};

function finding(cell: string): Finding {
  return { severity: "warning", rule: "inventory/overdue", name: "Inventory", sheet: "장비", cell, messageId: "m", data: {}, message: `late ${cell}` };
}

function checked(file: string, findings: Finding[], accepted: AcceptedFinding[] = []): Division {
  return { kind: "checked", file, link: `../in/${file}`, asOf: "2018-09-30", asOfSource: "workbook", rules: [], findings, accepted, figures: FIGURES };
}

const textsOf = (sheet: SheetSpec) => sheet.cells.flatMap((c) => ("text" in c.content ? [c.content.text] : []));

describe("the consolidated summary model", () => {
  it("puts a readable file in each section it has figures for, an unreadable one only in the status table", () => {
    const book = buildConsolidated({
      divisions: [checked("a.xlsx", [finding("F11")]), { kind: "unreadable", file: "b.xlsx", message: "b.xlsx: damaged" }],
      lang: "en",
      generatedAt: "2018-09-30 09:00",
    });
    expect(book.sheets.map((s) => s.role)).toEqual(["summary", "findings"]);
    const [summary] = book.sheets;
    const texts = textsOf(summary);
    // Budget, replacement, the status by file, and the row over its findings.
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

  it("counts accepted findings in no severity: a file passes, and they are listed apart with file, link and reason", () => {
    const error: Finding = { ...finding("B4"), severity: "error", rule: "budget/total-mismatch", sheet: "예산", message: "total off" };
    const acceptance = { rule: error.rule, sheet: "예산", cell: "B4", key: "k", reason: "예산과 승인", by: "김주무관", when: "2018-10-01" };
    const division = checked("a.xlsx", [finding("F11")], [{ finding: error, acceptance }]);
    const [summary] = buildConsolidated({ divisions: [division], lang: "ko", generatedAt: "2018-09-30 09:00" }).sheets;
    const texts = textsOf(summary);
    expect(texts.find((t) => t.startsWith("검증:"))).toBe("검증: 오류 0 · 경고 1 · 정보 0 · 검증 통과");
    const rowOf = (text: string) => summary.cells.filter((c) => "text" in c.content && c.content.text === text).map((c) => c.row);
    const valuesIn = (row: number) =>
      summary.cells
        .filter((c) => c.row === row)
        .sort((a, b) => a.col - b.col)
        .map((c) => ("text" in c.content ? c.content.text : "number" in c.content ? c.content.number : null));
    // By file: 0 errors, 1 warning, 0 info, 1 accepted, passed.
    expect(valuesIn(rowOf("검증 통과").at(-1)!)).toEqual(["a.xlsx", "2018-09-30", 0, 1, 0, 1, "검증 통과"]);
    const passed = summary.cells.find((c) => "text" in c.content && c.content.text === "검증 통과" && c.col === 6)!;
    expect(summary.styles[passed.style!]).toMatchObject({ border: { top: true, bottom: true, left: true, right: true }, vertical: "center" });
    const [row] = rowOf("total off");
    // Under the heading, the list's header and the row naming the file.
    const heading = rowOf("예외 처리한 항목 (오류로 세지 않음)")[0];
    expect(valuesIn(heading + 2)).toEqual(["a.xlsx"]);
    expect(row).toBe(heading + 3);
    expect(valuesIn(row)).toEqual(["예산!B4", "오류", "total off", "예산과 승인 (김주무관, 2018-10-01)"]);
    expect(summary.cells.find((c) => c.row === row && c.link !== undefined)?.link).toEqual({ file: "../in/a.xlsx", sheet: "예산", cell: "B4" });
    expect(rowOf("total off")).toHaveLength(1); // not among the open findings
  });

  const run = (divisions: Division[], lang: "ko" | "en" = "ko") => buildConsolidated({ divisions, lang, generatedAt: "2018-09-30 09:00" }).sheets;
  const at = (sheet: SheetSpec, row: number, col: number) => {
    const content = sheet.cells.find((c) => c.row === row && c.col === col)?.content;
    return content && "text" in content ? content.text : undefined;
  };

  it("has one workbook's title block: all departments, the fiscal year, the as-of date, the 결재란 and the status", () => {
    const [summary] = run([checked("a.xlsx", []), checked("b.xlsx", [])]);
    expect(at(summary, 0, 0)).toBe("2018년 전체 부서 예산·자산 현황");
    expect(summary.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(at(summary, 1, 0)).toBe("부서 전체 부서   ·   회계연도 2018 (기준일의 연도)   ·   기준일 2018-09-30 (통합 문서의 기준일)");
    expect(at(summary, 2, 0)).toBe("파일 2개   ·   작성 2018-09-30 09:00");
    expect(at(summary, 3, 0)).toBe("검증: 오류 0 · 경고 0 · 정보 0 · 검증 통과");
    expect([6, 7, 8].map((col) => at(summary, 1, col))).toEqual(["담당", "팀장", "과장"]);
    expect(summary.print.footer).toEqual({ center: "- &P / &N -", right: "인쇄 &D" });
    expect(summary.print.titleRows).toEqual({ first: 0, last: 0 });
    expect(summary.freeze.rows).toBe(4);
  });

  it("reads well in English: Department: All departments", () => {
    const [summary] = run([checked("a.xlsx", [])], "en");
    expect(at(summary, 0, 0)).toBe("All departments: budget and assets, fiscal year 2018");
    expect(at(summary, 1, 0)).toMatch(/^Department: All departments   ·   Fiscal year: 2018 \(the as-of date's year\)   ·   As of 2018-09-30/);
    expect([6, 7, 8].map((col) => at(summary, 1, col))).toEqual(["Prepared", "Reviewed", "Approved"]);
  });

  it("states the rule settings once when the files agree, else each file's", () => {
    const off = { rule: "inventory/overdue", level: "off" as const, source: "file" as const };
    expect(textsOf(run([checked("a.xlsx", []), checked("b.xlsx", [])])[0])).toContain("규칙 설정: 기본값");
    const differing = run([{ ...checked("a.xlsx", []), rules: [off] } as Division, checked("b.xlsx", [])])[0];
    expect(textsOf(differing)).toContain("규칙 설정: a.xlsx inventory/overdue 끔 (설정 파일); b.xlsx 기본값");
  });

  it("keeps infos and rule ids off the signed page: every finding, with its file and rule, is on the findings sheet", () => {
    const info: Finding = { ...finding("F12"), severity: "info", rule: "inventory/due-soon", message: "soon F12" };
    const [summary, list] = run([checked("a.xlsx", [finding("F11"), info])]);
    expect(textsOf(summary)).toContain("late F11");
    expect(textsOf(summary).filter((t) => t.includes("soon F12") || t.startsWith("inventory/"))).toEqual([]);
    expect(list.name).toBe("검증 결과");
    expect(textsOf(list)).toEqual(expect.arrayContaining(["a.xlsx", "soon F12", "inventory/due-soon", "inventory/overdue", "규칙"]));
    expect(at(list, 0, 0)).toBe("2018년 전체 부서 예산·자산 현황 · 검증 결과");
    expect(textsOf(list)).not.toContain("담당");
    expect(list.cells.find((c) => c.link !== undefined)?.link).toEqual({ file: "../in/a.xlsx", sheet: "장비", cell: "F11" });
  });
});
