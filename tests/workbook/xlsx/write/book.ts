/** A small hand-written SummaryBook for the writer's tests: a summary that links to a findings sheet. */
import type { CellStyle, SheetSpec, SpecCell, SummaryBook } from "../../../../src/core/summary/sheet-spec";

export const AMOUNT = '#,##0;"△"#,##0;"-"';

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16 },
  header: { bold: true, fill: "#D9E1F2", border: { top: true, bottom: true, left: true, right: true }, horizontal: "center", vertical: "center", wrap: true },
  label: { border: { top: true, bottom: true, left: true, right: true } },
  amount: { border: { top: true, bottom: true, left: true, right: true }, numberFormat: AMOUNT },
  rate: { numberFormat: "0.0%" },
  total: { bold: true, fill: "#F2F2F2", thickTop: true, numberFormat: AMOUNT },
  date: { numberFormat: "yyyy-mm-dd", horizontal: "center" },
  link: { fontColor: "#0563C1", underline: true },
};

const text = (row: number, col: number, value: string, style?: string): SpecCell => ({ row, col, content: { text: value }, ...(style && { style }) });

export function summarySpec(name = "요약"): SheetSpec {
  return {
    name,
    role: "summary",
    cells: [
      text(0, 0, "예산·자산 점검 요약", "title"),
      { row: 1, col: 0, content: { text: "기준일" } },
      { row: 1, col: 1, content: { date: 43373 }, style: "date" },
      text(3, 0, "사업", "header"),
      text(3, 1, "예산액", "header"),
      text(3, 2, "집행률", "header"),
      text(4, 0, "=1+1", "label"),
      { row: 4, col: 1, content: { number: 1137337 }, style: "amount" },
      { row: 4, col: 2, content: { number: 0.77 }, style: "rate" },
      text(5, 0, "@x", "label"),
      { row: 5, col: 1, content: { number: -3 }, style: "amount" },
      { row: 5, col: 2, content: { formula: "IF(B6<0,\"음수\",\"\")", result: "음수" } },
      text(6, 0, "-x", "label"),
      text(7, 0, "+x", "label"),
      text(8, 0, "계", "total"),
      { row: 8, col: 1, content: { formula: "=SUM(B5:B8)", result: 1137334 }, style: "total" },
      { ...text(10, 0, "예산 B4 보기", "link"), link: { sheet: "예산", cell: "B4" } },
      { ...text(11, 0, "검증 결과 보기", "link"), link: { role: "findings", cell: "A1" } },
    ],
    styles: STYLES,
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [24, 14, 10],
    rowHeights: { 0: 26 },
    freeze: { rows: 4, columns: 0 },
    conditionalFormats: [{ kind: "dataBar", top: 4, left: 2, bottom: 5, right: 2, color: "#638EC6", min: 0, max: 1 }],
    charts: [{ kind: "bar", title: "집행률", categories: { top: 4, left: 0, bottom: 5, right: 0 }, values: { top: 4, left: 2, bottom: 5, right: 2 }, anchor: { top: 12, left: 0, bottom: 20, right: 4 } }],
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: { first: 3, last: 3 } },
  };
}

export function findingsSpec(name = "검증 결과"): SheetSpec {
  return {
    name,
    role: "findings",
    cells: [text(0, 0, "검증 결과", "title"), { ...text(1, 0, "요약으로", "link"), link: { role: "summary", cell: "A1" } }],
    styles: STYLES,
    merges: [],
    columnWidths: [30],
    rowHeights: {},
    freeze: { rows: 0, columns: 0 },
    conditionalFormats: [],
    charts: [],
    print: { paper: "A4", orientation: "landscape", fitToWidth: false },
  };
}

export function book(...sheets: SheetSpec[]): SummaryBook {
  return { sheets: sheets.length > 0 ? sheets : [summarySpec(), findingsSpec()] };
}
