import { a1, type CellRect } from "../address";
import type { Lang, MessageData } from "../finding";
import { formatNumber, renderMessage } from "../messages";
import { SUMMARY_LABELS, type SummaryLabel } from "./labels";
import type { CellContent, CellStyle, ChartSpec, DataBar, SheetRole, SheetSpec, SpecCell, SpecLink } from "./sheet-spec";
import { pageBreaks } from "./page-breaks";
import { SUMMARY_STYLES, type SummaryStyle } from "./styles";

/**
 * Columns every summary sheet shares: a label column, then figures, about 120 characters in all, so that A4
 * portrait prints them one page wide at little under full size (a 13-character asset id and a 9-digit amount
 * in bold fit their columns whole).
 */
const COLUMN_WIDTHS = [28, 13, 12, 12, 9, 11, 11, 11, 10];
export const LAST_COLUMN = COLUMN_WIDTHS.length - 1;

/**
 * Lays a sheet out top to bottom. Mutable while a section writes into it, then frozen into a SheetSpec: the
 * builder never leaves the function that made it, so the core stays a pure function of its inputs.
 */
export class SheetBuilder {
  private readonly cells: SpecCell[] = [];
  private readonly merges: CellRect[] = [];
  private readonly dataBars: DataBar[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly rowHeights: Record<number, number> = {};
  /** The shared widths, widened cell by cell as they are put (`widen`), not in one pass over a long list at the end. */
  private readonly widths = [...COLUMN_WIDTHS];
  /** Styles made for this sheet beyond the palette: an amount in a quantity's unit (`10대`). */
  private readonly unitStyles: Record<string, CellStyle> = {};
  /** The next free row. */
  row = 0;

  constructor(readonly lang: Lang) {}

  t(label: SummaryLabel, data: MessageData = {}): string {
    return renderMessage(SUMMARY_LABELS[label], data, this.lang);
  }

  put(row: number, col: number, content: CellContent, style?: SummaryStyle, link?: SpecLink): void {
    // Fields set only when given, without spreading an object for each: a long list puts hundreds of thousands.
    const cell: { -readonly [K in keyof SpecCell]: SpecCell[K] } = { row, col, content };
    if (style) cell.style = style;
    if (link) cell.link = link;
    this.cells.push(cell);
    this.widen(col, content, style);
  }

  text(row: number, col: number, text: string, style?: SummaryStyle, link?: SpecLink): void {
    this.put(row, col, { text }, style, link);
    this.fitRow(row, COLUMN_WIDTHS[col], text, style);
  }

  /** Text in cells merged from `col` to `lastCol`, its row as tall as the merged width needs. */
  mergedText(row: number, col: number, lastCol: number, text: string, style: SummaryStyle, link?: SpecLink): void {
    this.put(row, col, { text }, style, link);
    this.merge(row, col, row, lastCol);
    this.fitRow(row, COLUMN_WIDTHS.slice(col, lastCol + 1).reduce((a, w) => a + w, 0), text, style);
  }

  /** Neither Excel nor LibreOffice grows a row for wrapped text in a file they open: say how tall it must be. */
  private fitRow(row: number, width: number, text: string, style: SummaryStyle | undefined): void {
    if (!style || !("wrap" in SUMMARY_STYLES[style])) return;
    // A column N wide holds N digits, so N half-width characters; an indent step takes about two off the line.
    // Reckoning a character less made a 13-character asset id a row of two lines, twice as tall as its text.
    const indent = (SUMMARY_STYLES[style] as CellStyle).indent ?? 0;
    const lines = Math.ceil(displayWidth(text) / (width - 2 * indent)) || 1;
    if (lines > 1) this.rowHeights[row] = Math.min(MAX_ROW_HEIGHT, Math.max(this.rowHeights[row] ?? 0, lines * LINE_HEIGHT));
  }

  /** A number, or an empty styled cell when there is none (an unreadable source cell, reported as a finding). */
  number(row: number, col: number, value: number | null, style: SummaryStyle): void {
    if (value === null) this.put(row, col, { text: "" }, style);
    else this.put(row, col, { number: value }, style);
  }

  /**
   * A quantity counted in `unit`: a number whose format shows the unit (`#,##0"대"`), so it prints as `10대` and
   * still adds up in Excel. No unit stated: a plain amount.
   */
  quantity(row: number, col: number, value: number | null, unit: string, style: "amount" | "totalAmount"): void {
    const shown = unit.replace(/["\\]/g, "");
    if (shown === "" || value === null) return this.number(row, col, value, style);
    const key = `${style} ${shown}`;
    this.unitStyles[key] ??= { ...SUMMARY_STYLES[style], numberFormat: unitFormat(shown) };
    this.cells.push({ row, col, content: { number: value }, style: key });
    this.widen(col, { number: value }, key);
  }

  /** A row at least `points` tall: room for a seal in the sign-off boxes. */
  height(row: number, points: number): void {
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, points);
  }

  formula(row: number, col: number, formula: string, result: number | string, style: SummaryStyle): void {
    this.put(row, col, { formula, result }, style);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  /** A line of text across the whole width. */
  line(text: string, style: SummaryStyle, link?: SpecLink): void {
    this.text(this.row, 0, text, style, link);
    this.merge(this.row, 0, this.row, LAST_COLUMN);
    this.row += 1;
  }

  header(labels: readonly string[]): void {
    labels.forEach((label, col) => this.text(this.row, col, label, "header"));
    this.row += 1;
  }

  dataBar(range: CellRect, min: number, max: number): void {
    this.dataBars.push({ kind: "dataBar", color: "#5B9BD5", min, max, ...range });
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /**
   * The shared widths, each widened where a figure, an identifier or a header word needs more: 4,165,473,000 원
   * in bold, HJ-TEL-2012-01, or "Difference" under one header, print whole rather than as ### or split mid-word.
   */
  private widen(col: number, content: CellContent, style: string | undefined): void {
    if (col >= this.widths.length) return;
    const value = "number" in content ? content.number : "formula" in content && typeof content.result === "number" ? content.result : null;
    const needed =
      value !== null && style !== "rate"
        ? formatNumber(Math.round(value), this.lang).length + FIGURE_PADDING
        : "text" in content && style === "header"
          ? Math.max(...content.text.split(/\s+/).map(displayWidth)) + FIGURE_PADDING
          : "text" in content && style === "code"
            ? displayWidth(content.text) + FIGURE_PADDING
            : 0;
    this.widths[col] = Math.max(this.widths[col], needed);
  }

  /** The styles of each row's cells. */
  private stylesByRow(): Map<number, Set<string>> {
    const rows = new Map<number, Set<string>>();
    for (const { row, style } of this.cells) {
      const styles = rows.get(row) ?? new Set<string>();
      if (style !== undefined) styles.add(style);
      rows.set(row, styles);
    }
    return rows;
  }

  /** How tall a row prints, unscaled: as set, else as its largest font needs. */
  private printedHeight(row: number, stylesByRow: ReadonlyMap<number, ReadonlySet<string>>): number {
    const set = this.rowHeights[row];
    if (set !== undefined) return set;
    const styles = stylesByRow.get(row);
    if (styles?.has("title")) return 22;
    if (styles?.has("section")) return 18;
    return DEFAULT_ROW_HEIGHT[this.lang];
  }

  /**
   * The sheet's tables, each with the headings right above it: a header row and the bordered rows after it
   * without a gap, and the section heading, unit and caption lines before it. What should print on one page.
   */
  private tables(rows: ReadonlyMap<number, ReadonlySet<string>>): { first: number; last: number }[] {
    // The row's style keys walked in place: this runs for every row of a list tens of thousands long.
    const has = (row: number, test: (style: CellStyle, key: string) => boolean) => {
      for (const key of rows.get(row) ?? []) if (test(this.styleOf(key), key)) return true;
      return false;
    };
    const heading = (row: number) => {
      const styles = rows.get(row);
      if (styles === undefined || styles.size === 0) return false;
      for (const key of styles) if (!HEADING_STYLES.has(key)) return false;
      return true;
    };
    const tables: { first: number; last: number }[] = [];
    for (let row = 0; row < this.row; row++) {
      if (!has(row, (_, key) => key === "header")) continue;
      let first = row;
      while (first > 0 && heading(first - 1)) first -= 1;
      let last = row;
      while (last + 1 < this.row && has(last + 1, (style) => style.border !== undefined) && !has(last + 1, (_, key) => key === "header")) last += 1;
      tables.push({ first, last });
      row = last;
    }
    return tables;
  }

  private styleOf(key: string): CellStyle {
    return (SUMMARY_STYLES as Record<string, CellStyle>)[key] ?? this.unitStyles[key] ?? {};
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  build(name: string, role: SheetRole, freezeRows: number, titleRows: number): SheetSpec {
    const columnWidths = [...this.widths];
    const area = { top: 0, left: 0, bottom: Math.max(this.row - 1, 0), right: LAST_COLUMN };
    // The summary is printed and signed; a list sheet is one long table, broken wherever a page is full.
    const styles = role === "summary" ? this.stylesByRow() : null;
    // Every printed row of the summary gets its height: a host's own default (LibreOffice's is a third shorter
    // than Excel's) would put other rows on each page than the breaks were reckoned for.
    if (styles !== null) for (let row = 0; row <= area.bottom; row++) this.rowHeights[row] = this.printedHeight(row, styles);
    const rowBreaks =
      styles === null
        ? []
        : pageBreaks({
            area,
            heightOf: (row) => this.rowHeights[row],
            columnWidths: columnWidths.slice(0, LAST_COLUMN + 1),
            titleRows,
            blocks: this.tables(styles),
          });
    return {
      name,
      role,
      cells: this.cells,
      styles: { ...SUMMARY_STYLES, ...this.unitStyles },
      merges: this.merges,
      columnWidths,
      rowHeights: this.rowHeights,
      freeze: { rows: freezeRows, columns: 0 },
      conditionalFormats: this.dataBars,
      charts: this.charts,
      print: {
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        titleRows: { first: 0, last: titleRows - 1 },
        area,
        footer: { center: this.t("pageNumber"), right: this.t("printedOn") },
        ...(rowBreaks.length > 0 && { rowBreaks }),
      },
    };
  }
}

/** `#,##0"대";"△"#,##0"대";"-"`: the amount format with the unit after each figure. */
function unitFormat(unit: string): string {
  return `#,##0"${unit}";"△"#,##0"${unit}";"-"`;
}

/** The height Excel gives a row of the default font the writers give a new workbook: 맑은 고딕 11, Calibri 11. */
const DEFAULT_ROW_HEIGHT: Readonly<Record<Lang, number>> = { ko: 16.5, en: 15 };

/** Lines that head what follows them, and so print on its page: a section's heading, its unit, a table's caption. */
const HEADING_STYLES: ReadonlySet<string> = new Set<SummaryStyle>(["section", "caption", "unit"]);

/** Room beside a figure for the cell's margins and a bold face. */
const FIGURE_PADDING = 3;

const LINE_HEIGHT = 15;
/** Excel's tallest row, in points; a longer text is cut off on the page rather than refused. */
const MAX_ROW_HEIGHT = 409;

/**
 * Width in character cells as a spreadsheet lays text out: Hangul and other wide glyphs take two. By char codes,
 * not a pattern per character: a summary of 100,000 lots measures 30,000 Korean messages.
 */
function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A character past U+FFFF (a surrogate pair) is one narrow character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** The wide ranges, all at or past U+1100: a list of ids and figures is done at the first comparison. */
function isWide(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6))
  );
}

/** `SUM(B5:B9)`, or 0 for no rows at all. */
export function sumFormula(col: number, firstRow: number, lastRow: number): string {
  return lastRow < firstRow ? "0" : `SUM(${a1(firstRow, col)}:${a1(lastRow, col)})`;
}

/**
 * The sum of a column over some rows: `SUM(B5:B9)` when they run without a gap, `B5+B8+B11` when they do not
 * (a parent program's children, with their own children between them), 0 for none.
 */
export function sumOfRows(col: number, rows: readonly number[]): string {
  if (rows.length === 0) return "0";
  const last = rows[rows.length - 1];
  if (last - rows[0] === rows.length - 1) return sumFormula(col, rows[0], last);
  return rows.map((row) => a1(row, col)).join("+");
}

/** Executed ÷ budget as a fraction, 0 where there is no budget (no division by zero on the printed page). */
export function rateFormula(row: number, budgetCol: number, executedCol: number): string {
  const budget = a1(row, budgetCol);
  return `IF(${budget}=0,0,${a1(row, executedCol)}/${budget})`;
}

export function rateValue(budget: number, executed: number): number {
  return budget === 0 ? 0 : executed / budget;
}
