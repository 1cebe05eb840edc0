/**
 * `Range.format` (and `RangeAreas.format`): fill, font, borders, alignment, indent level, wrap, column width and
 * row height, written to every cell of every area. A property read over cells that differ gives `null`, as in
 * Excel (for `indentLevel` as the `Excel.RangeFormat` reference documents: "null" when the cells differ).
 */
import type { CellRect } from "../../core/address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import { cellAt, cellFor, STANDARD_HEIGHT, STANDARD_WIDTH, type BorderEdge, type FakeBorder, type FakeCellFormat, type FakeFont, type FakeSheet } from "../model";
import { ClientObject } from "../proxy";

export interface FormatTarget {
  readonly sheet: FakeSheet;
  readonly rects: readonly CellRect[];
}

function eachCell(target: FormatTarget, visit: (row: number, col: number) => void): void {
  for (const rect of target.rects) for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
}

function uniform<V>(values: Iterable<V>): V | null {
  let first: { value: V } | undefined;
  for (const value of values) {
    if (first === undefined) first = { value };
    else if (first.value !== value) return null;
  }
  return first === undefined ? null : first.value;
}

function* cellValues<V>(target: FormatTarget, pick: (format: FakeCellFormat | undefined) => V): Generator<V> {
  for (const rect of target.rects) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) yield pick(cellAt(target.sheet, r, c)?.format);
  }
}

/** The cell's format to change: a copy of its own where it has a shared one (from-xlsx.ts freezes those). */
function formatOf(sheet: FakeSheet, row: number, col: number): FakeCellFormat {
  const cell = cellFor(sheet, row, col);
  if (cell.format === undefined || Object.isFrozen(cell.format)) cell.format = { ...cell.format };
  return cell.format;
}

/** `#rrggbb` as Excel returns it: upper case. */
function color(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "") throw officeError("InvalidArgument", where);
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toUpperCase() : value;
}

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class RangeFormatObject extends ClientObject<FormatTarget> {
  protected readonly scalarNames = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"];
  private fillObject?: RangeFillObject;
  private fontObject?: RangeFontObject;
  private bordersObject?: RangeBorderCollectionObject;

  constructor(context: FakeRequestContext, target: () => FormatTarget | null) {
    super(context, "RangeFormat", target);
  }

  get fill(): RangeFillObject {
    return (this.fillObject ??= new RangeFillObject(this.context, () => this.resolve()));
  }

  get font(): RangeFontObject {
    return (this.fontObject ??= new RangeFontObject(this.context, () => this.resolve()));
  }

  get borders(): RangeBorderCollectionObject {
    return (this.bordersObject ??= new RangeBorderCollectionObject(this.context, () => this.resolve()));
  }

  protected override navigation(name: string) {
    return name === "fill" ? this.fill : name === "font" ? this.font : name === "borders" ? this.borders : undefined;
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, (t) => {
      if (!(points >= 0)) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
      for (const rect of t.rects) for (let c = rect.left; c <= rect.right; c++) t.sheet.columnWidths[c] = points;
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.write("rowHeight", points, (t) => {
      if (!(points >= 0 && points <= 409)) throw officeError("InvalidArgument", "RangeFormat.rowHeight");
      for (const rect of t.rects) for (let r = rect.top; r <= rect.bottom; r++) t.sheet.rowHeights[r] = points;
    });
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.setAlignment("horizontalAlignment", value, HORIZONTAL);
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.setAlignment("verticalAlignment", value, VERTICAL);
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.write("wrapText", value, (t) => eachCell(t, (r, c) => (formatOf(t.sheet, r, c).wrapText = value)));
  }

  /** ExcelApi 1.9: an integer from 0 to 250. */
  get indentLevel(): number {
    return this.read("indentLevel");
  }
  set indentLevel(value: number) {
    this.write(
      "indentLevel",
      value,
      (t) => {
        if (!Number.isInteger(value) || value < 0 || value > 250) throw officeError("InvalidArgument", "RangeFormat.indentLevel");
        eachCell(t, (r, c) => {
          const format = formatOf(t.sheet, r, c);
          if (value === 0) delete format.indentLevel;
          else format.indentLevel = value;
        });
      },
      "1.9",
    );
  }

  private setAlignment(property: "horizontalAlignment" | "verticalAlignment", value: string, allowed: readonly string[]): void {
    this.write(property, value, (t) => {
      if (!allowed.includes(value)) throw officeError("InvalidArgument", `RangeFormat.${property}`);
      eachCell(t, (r, c) => (formatOf(t.sheet, r, c)[property] = value));
    });
  }

  protected scalar(t: FormatTarget, name: string): unknown {
    switch (name) {
      case "columnWidth":
        return uniform(t.rects.flatMap((rect) => range(rect.left, rect.right).map((c) => t.sheet.columnWidths[c] ?? STANDARD_WIDTH)));
      case "rowHeight":
        return uniform(t.rects.flatMap((rect) => range(rect.top, rect.bottom).map((r) => t.sheet.rowHeights[r] ?? STANDARD_HEIGHT)));
      case "horizontalAlignment":
        return uniform(cellValues(t, (f) => f?.horizontalAlignment ?? "General"));
      case "verticalAlignment":
        return uniform(cellValues(t, (f) => f?.verticalAlignment ?? "Bottom"));
      case "indentLevel":
        return uniform(cellValues(t, (f) => f?.indentLevel ?? 0));
      default:
        return uniform(cellValues(t, (f) => f?.wrapText ?? false));
    }
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export class RangeFillObject extends ClientObject<FormatTarget> {
  protected readonly scalarNames = ["color"];

  constructor(context: FakeRequestContext, target: () => FormatTarget | null) {
    super(context, "RangeFill", target);
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, (t) => {
      const fill = color(value, "RangeFill.color");
      eachCell(t, (r, c) => (formatOf(t.sheet, r, c).fill = fill));
    });
  }

  clear(): void {
    this.act("clear", [], (t) => eachCell(t, (r, c) => delete formatOf(t.sheet, r, c).fill));
  }

  protected scalar(t: FormatTarget): unknown {
    return uniform(cellValues(t, (f) => f?.fill ?? "#FFFFFF"));
  }
}

const FONT_DEFAULTS: Required<FakeFont> = { bold: false, italic: false, color: "#000000", size: 11, underline: "None", name: "Calibri" };

export class RangeFontObject extends ClientObject<FormatTarget> {
  protected readonly scalarNames = Object.keys(FONT_DEFAULTS);

  constructor(context: FakeRequestContext, target: () => FormatTarget | null) {
    super(context, "RangeFont", target);
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.setFont("bold", value);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.setFont("italic", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setFont("color", value);
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.setFont("size", value);
  }
  get underline(): string {
    return this.read("underline");
  }
  set underline(value: string) {
    this.setFont("underline", value);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setFont("name", value);
  }

  private setFont<K extends keyof FakeFont>(property: K, value: FakeFont[K]): void {
    this.write(property, value, (t) => {
      const stored = property === "color" ? color(value, "RangeFont.color") : value;
      if (property === "size" && !(typeof value === "number" && value >= 1 && value <= 409)) throw officeError("InvalidArgument", "RangeFont.size");
      eachCell(t, (r, c) => {
        const format = formatOf(t.sheet, r, c);
        format.font = { ...format.font, [property]: stored };
      });
    });
  }

  protected scalar(t: FormatTarget, name: string): unknown {
    const key = name as keyof FakeFont;
    return uniform(cellValues(t, (f) => f?.font?.[key] ?? FONT_DEFAULTS[key]));
  }
}

type BorderIndex = BorderEdge | "InsideHorizontal" | "InsideVertical" | "DiagonalDown" | "DiagonalUp";
const BORDER_INDEXES: readonly BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];

export class RangeBorderCollectionObject extends ClientObject<FormatTarget> {
  protected readonly scalarNames = ["count"];

  constructor(context: FakeRequestContext, target: () => FormatTarget | null) {
    super(context, "RangeBorderCollection", target);
  }

  getItem(index: string): RangeBorderObject {
    return new RangeBorderObject(this.context, index as BorderIndex, () => {
      if (!BORDER_INDEXES.includes(index as BorderIndex)) throw officeError("InvalidArgument", "RangeBorderCollection.getItem");
      return this.resolve();
    });
  }

  protected scalar(): unknown {
    return BORDER_INDEXES.length;
  }
}

/** The cells and sides a border index draws on, for one area. */
function sidesOf(index: BorderIndex, rect: CellRect): { row: number; col: number; side: BorderEdge }[] {
  const out: { row: number; col: number; side: BorderEdge }[] = [];
  const rowOf = (row: number, side: BorderEdge) => range(rect.left, rect.right).forEach((col) => out.push({ row, col, side }));
  const colOf = (col: number, side: BorderEdge) => range(rect.top, rect.bottom).forEach((row) => out.push({ row, col, side }));
  if (index === "EdgeTop") rowOf(rect.top, "EdgeTop");
  else if (index === "EdgeBottom") rowOf(rect.bottom, "EdgeBottom");
  else if (index === "EdgeLeft") colOf(rect.left, "EdgeLeft");
  else if (index === "EdgeRight") colOf(rect.right, "EdgeRight");
  else if (index === "InsideHorizontal") {
    for (let r = rect.top; r < rect.bottom; r++) rowOf(r, "EdgeBottom");
    for (let r = rect.top + 1; r <= rect.bottom; r++) rowOf(r, "EdgeTop");
  } else if (index === "InsideVertical") {
    for (let c = rect.left; c < rect.right; c++) colOf(c, "EdgeRight");
    for (let c = rect.left + 1; c <= rect.right; c++) colOf(c, "EdgeLeft");
  }
  return out;
}

const NO_BORDER: FakeBorder = { style: "None", weight: "Thin", color: "#000000" };

export class RangeBorderObject extends ClientObject<FormatTarget> {
  protected readonly scalarNames = ["sideIndex", "style", "weight", "color"];

  constructor(
    context: FakeRequestContext,
    private readonly index: BorderIndex,
    target: () => FormatTarget | null,
  ) {
    super(context, "RangeBorder", target);
  }

  get sideIndex(): string {
    return this.read("sideIndex");
  }
  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.setBorder("style", value);
  }
  get weight(): string {
    return this.read("weight");
  }
  set weight(value: string) {
    this.setBorder("weight", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setBorder("color", value);
  }

  private setBorder(property: keyof FakeBorder, value: string): void {
    this.write(property, value, (t) => {
      const stored = property === "color" ? color(value, "RangeBorder.color") : value;
      for (const rect of t.rects) {
        for (const { row, col, side } of sidesOf(this.index, rect)) {
          const format = formatOf(t.sheet, row, col);
          const next = { ...(format.borders?.[side] ?? { ...NO_BORDER, style: "Continuous" }), [property]: stored };
          const borders = { ...format.borders };
          if (next.style === "None") delete borders[side];
          else borders[side] = next;
          format.borders = borders;
        }
      }
    });
  }

  protected scalar(t: FormatTarget, name: string): unknown {
    if (name === "sideIndex") return this.index;
    const key = name as keyof FakeBorder;
    return uniform(t.rects.flatMap((rect) => sidesOf(this.index, rect).map(({ row, col, side }) => (cellAt(t.sheet, row, col)?.format?.borders?.[side] ?? NO_BORDER)[key])));
  }
}
