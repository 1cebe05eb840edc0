import { a1 } from "../../../src/core/address";
import type { Finding } from "../../../src/core/finding";
import { defaultOptions } from "../../../src/core/options";
import { buildSummary, type SummaryInput } from "../../../src/core/summary/build-summary";
import { LONG_LIST, SHOWN_OF_LONG_LIST } from "../../../src/core/summary/section";
import type { CellContent, SheetSpec } from "../../../src/core/summary/sheet-spec";
import { AMOUNT_FORMAT } from "../../../src/core/summary/styles";
import { checkWorkbook } from "../../../src/app/check-workbook";
import { openXlsxFile } from "../../../src/workbook/xlsx";
import { SAMPLE_PATH, SEED_TODAY } from "../../helpers/sample";

async function sampleInput(lang: "ko" | "en" = "ko"): Promise<SummaryInput> {
  const options = defaultOptions(SEED_TODAY, { lang });
  const check = await checkWorkbook(await openXlsxFile(SAMPLE_PATH), options);
  if (check.kind !== "checked") throw new Error("sample has no names");
  return { ...check, dueWithinMonths: 12, lang, fileName: "budget-check-sample.xlsx", generatedAt: "2026-11-25 15:20" };
}

const contentAt = (sheet: SheetSpec, address: string) =>
  sheet.cells.find((c) => a1(c.row, c.col) === address);
const rowOf = (sheet: SheetSpec, text: string, from = 0) =>
  sheet.cells.find((c) => c.row >= from && "text" in c.content && c.content.text === text)?.row ?? -1;
const value = (content: CellContent | undefined) =>
  content === undefined ? undefined : "number" in content ? content.number : "formula" in content ? content.result : "text" in content ? content.text : content.date;

describe("the summary model", () => {
  let summary: SheetSpec;
  let book: ReturnType<typeof buildSummary>;
  beforeAll(async () => {
    book = buildSummary(await sampleInput());
    expect(book.sheets.map((s) => s.role)).toEqual(["summary", "findings"]);
    summary = book.sheets[0];
  });

  it("opens with the title block: department, fiscal year, as-of date, file, time and validation status", () => {
    expect(summary.name).toBe("요약");
    expect(value(contentAt(summary, "A1")?.content)).toBe("2018년 홍보전산과 예산·자산 현황");
    expect(value(contentAt(summary, "A2")?.content)).toBe(
      "부서 홍보전산과 (통합 문서 제목에서)   ·   회계연도 2018 (기준일의 연도)   ·   기준일 2018-09-30 (통합 문서의 기준일)",
    );
    expect(value(contentAt(summary, "A3")?.content)).toBe("파일 budget-check-sample.xlsx   ·   작성 2026-11-25 15:20");
    expect(value(contentAt(summary, "A4")?.content)).toBe("검증: 오류 0 · 경고 7 · 정보 13 · 검증 통과");
    expect(summary.freeze).toEqual({ rows: 4, columns: 0 });
    expect(summary.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: { first: 0, last: 0 } });
  });

  it("totals the budget by program with formulas that compute the seed's totals", () => {
    const totalRow = rowOf(summary, "계", rowOf(summary, "홍보기능 강화를 통한 구 이미지 제고"));
    const cell = (col: number) => summary.cells.find((c) => c.row === totalRow && c.col === col)!;
    expect(cell(1).content).toEqual({ formula: `SUM(B${totalRow - 4}:B${totalRow})`, result: 4165473 });
    expect(value(cell(2).content)).toBe(3205952);
    expect(value(cell(3).content)).toBe(4165473 - 3205952);
    expect((value(cell(4).content) as number).toFixed(3)).toBe("0.770");
    expect(summary.styles[cell(1).style!].numberFormat).toBe(AMOUNT_FORMAT);
    expect(summary.conditionalFormats.some((f) => f.kind === "dataBar" && f.left === 4)).toBe(true);
  });

  it("adds the funding-source columns of a budget table that has them", () => {
    const header = rowOf(summary, "시비");
    expect(header).toBeGreaterThan(0);
    expect(value(contentAt(summary, a1(header, 6))?.content)).toBe("구비");
  });

  it("lists staff by series and grade with subtotals and the seed's 27 / 28 / +1", () => {
    const staffHeader = rowOf(summary, "정원");
    const totalRow = rowOf(summary, "계", staffHeader);
    const at = (col: number) => value(contentAt(summary, a1(totalRow, col))?.content);
    expect([at(2), at(3), at(4)]).toEqual([27, 28, 1]);
    const subtotal = summary.cells.filter((c) => c.row > staffHeader && c.row < totalRow && value(c.content) === "소계");
    expect(subtotal).toHaveLength(3);
    const diffStyle = summary.cells.find((c) => c.row === totalRow && c.col === 4)!.style!;
    expect(summary.styles[diffStyle].numberFormat).toBe(AMOUNT_FORMAT);
  });

  it("plans the overdue and due-soon lots by due date, each linked to its row", () => {
    const listHeader = rowOf(summary, "관리번호");
    const listTotal = rowOf(summary, "계", listHeader);
    const ids = summary.cells.filter((c) => c.row > listHeader && c.row < listTotal && c.col === 1).map((c) => value(c.content));
    expect(ids).toEqual([
      "HJ-SV-2006-01", "HJ-VH-2009-01", "HJ-SC-2011-01", "HJ-PR-2012-01", "HJ-MN-2013-01", "HJ-PC-2013-01",
      "HJ-ST-2010-01", "HJ-SV-2011-01", "HJ-NW-2012-01", "HJ-SC-2013-01", "HJ-TEL-2012-01", "HJ-PC-2014-01",
      "HJ-MN-2014-01", "HJ-NW-2013-01", "HJ-NB-2013-01",
    ]);
    const server = summary.cells.find((c) => c.row === listHeader + 1 && c.col === 0)!;
    expect(server.link).toEqual({ sheet: "장비", cell: "F11" });
  });

  it("says under the status which rules were set away from their defaults, and where", async () => {
    const rules = [
      { rule: "budget/over-executed", level: "warning", source: "option" },
      { rule: "inventory/due-soon", level: "off", source: "workbook" },
    ] as const;
    const [ko] = buildSummary({ ...(await sampleInput()), rules }).sheets;
    expect(value(contentAt(ko, "A4")?.content)).toBe("검증: 오류 0 · 경고 7 · 정보 13 · 검증 통과");
    expect(value(contentAt(ko, "A5")?.content)).toBe("규칙 설정: budget/over-executed 경고 (명령줄), inventory/due-soon 끔 (통합 문서 설정)");
    const [en] = buildSummary({ ...(await sampleInput("en")), rules: [{ rule: "cell/number-as-text", level: "error", source: "file" }] }).sheets;
    expect(value(contentAt(en, "A5")?.content)).toBe("Rule settings: cell/number-as-text Error (config file)");
  });

  it("links every open finding to its cell, in plain language: no rule ids, no infos", () => {
    const listHeader = rowOf(summary, "위치");
    const links = summary.cells.filter((c) => c.row > listHeader && c.col === 0 && c.link && "sheet" in c.link);
    expect(links).toHaveLength(7);
    expect(links[0].link).toEqual({ sheet: "장비", cell: "F11" });
    expect(value(links[0].content)).toBe("장비!F11");
    const texts = summary.cells.flatMap((c) => ("text" in c.content ? [c.content.text] : []));
    expect(texts.some((t) => /^(cell|inventory|budget)\//.test(t))).toBe(false);
    expect(texts.filter((t) => t === "정보")).toHaveLength(0);
    expect(texts).toContain("정보 13건을 포함한 전체 20건과 각 검사 규칙은 '검증 결과' 시트에 있습니다.");
  });

  it("puts every finding, infos and rule ids with them, on the findings sheet", async () => {
    const [, findings] = buildSummary(await sampleInput()).sheets;
    expect(findings.name).toBe("검증 결과");
    const rules = findings.cells.filter((c) => c.col === 7 && "text" in c.content && c.content.text.includes("/"));
    expect(rules).toHaveLength(20);
    expect(findings.cells.filter((c) => c.col === 0 && c.link)).toHaveLength(20);
  });

  it("breaks the printed pages between tables, never inside one, and never under a heading", () => {
    const breaks = summary.print.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const headerRows = [...new Set(summary.cells.filter((c) => c.style === "header").map((c) => c.row))];
    const bordered = (row: number) => summary.cells.some((c) => c.row === row && c.style !== undefined && summary.styles[c.style].border !== undefined);
    for (const header of headerRows) {
      let last = header;
      while (bordered(last + 1) && !headerRows.includes(last + 1)) last += 1;
      expect(breaks.filter((row) => row > header && row <= last)).toEqual([]);
    }
    const headings = new Set(summary.cells.filter((c) => c.style === "section" || c.style === "caption").map((c) => c.row));
    expect(breaks.filter((row) => headings.has(row - 1))).toEqual([]);
    // The findings sheet is one long list, broken wherever a page is full.
    expect(book.sheets[1].print.rowBreaks).toBeUndefined();
  });

  it("keeps workbook text as text, even when it looks like a formula", async () => {
    const input = await sampleInput();
    const finding: Finding = { ...input.findings[0], severity: "warning", message: "=1+1" };
    const book = buildSummary({ ...input, findings: [finding] });
    expect(book.sheets[0].cells.some((c) => "text" in c.content && c.content.text === "=1+1")).toBe(true);
    expect(book.sheets[0].cells.some((c) => "formula" in c.content && c.content.formula.includes("1+1"))).toBe(false);
  });

  it("moves a long list of findings to its own sheet and links to it", async () => {
    const input = await sampleInput("en");
    const many = Array.from({ length: LONG_LIST + 1 }, (_, i) => ({ ...input.findings[0], severity: "warning" as const, cell: `C${i + 1}` }));
    const book = buildSummary({ ...input, findings: many });
    expect(book.sheets.map((s) => [s.name, s.role])).toEqual([["Summary", "summary"], ["Findings", "findings"]]);
    const note = book.sheets[0].cells.find((c) => c.link && "role" in c.link)!;
    expect(note.link).toEqual({ role: "findings", cell: "A1" });
    expect(value(note.content)).toBe(`The first ${SHOWN_OF_LONG_LIST} of ${LONG_LIST + 1} are shown; all are on the 'Findings' sheet.`);
    expect(book.sheets[1].cells.filter((c) => c.col === 0 && c.link)).toHaveLength(LONG_LIST + 1);
  });
});
