/** `Excel.Range` and `Excel.RangeAreas` over the fake model. */
import type { CellRect } from "../../core/address";
import { parseArea, qualifiedAddress, rectAddress, splitAreas, LAST_COLUMN, LAST_ROW } from "../address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import { addMerge, mergesStartingIn, removeMerges } from "../merges";
import { cellAt, cellFor, intersect, usedRect, type FakeHyperlink, type FakeSheet } from "../model";
import { jsonSize } from "../../core/json-size";
import { ClientObject, FakeClientResult } from "../proxy";
import { enterNumberFormat, enterValue, forEachWritten, readFormulas, readNumberFormats, readText, readValues, readValueTypes } from "./cells";
import { ConditionalFormatCollectionObject } from "./conditional-formats";
import { RangeFormatObject } from "./format";
import { WorksheetObject } from "./worksheet";

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: CellRect;
}

/** Excel fails to return the merged areas of a range that holds more than this (the method's remarks). */
const MERGED_AREAS_LIMIT = 512;

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "valueTypes",
  "formulas",
  "numberFormat",
  "text",
  "hyperlink",
];

export class RangeObject extends ClientObject<RangeTarget> {
  protected readonly scalarNames = RANGE_SCALARS;
  private formatObject?: RangeFormatObject;
  private conditionalFormatsObject?: ConditionalFormatCollectionObject;

  constructor(context: FakeRequestContext, target: () => RangeTarget | null, orNull = false) {
    super(context, "Range", target, orNull);
  }

  protected override isAlive(t: RangeTarget): boolean {
    return this.context.host.workbook.sheets.includes(t.sheet);
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get text(): string[][] {
    return this.read("text");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write("values", input, (t) =>
      this.context.host.events.edited(t.sheet, t.rect, () => forEachWritten(t.rect, input, "Range.values", (r, c, v) => enterValue(this.context.host, t.sheet, r, c, v, "Range.values"))),
    );
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("formulas", input, (t) =>
      this.context.host.events.edited(t.sheet, t.rect, () => forEachWritten(t.rect, input, "Range.formulas", (r, c, v) => enterValue(this.context.host, t.sheet, r, c, v, "Range.formulas"))),
    );
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, (t) => forEachWritten(t.rect, input, "Range.numberFormat", (r, c, v) => enterNumberFormat(t.sheet, r, c, v, "Range.numberFormat")));
  }

  get hyperlink(): FakeHyperlink | null {
    return this.read("hyperlink");
  }
  set hyperlink(link: FakeHyperlink | null) {
    this.write(
      "hyperlink",
      link,
      (t) => {
        for (let r = t.rect.top; r <= t.rect.bottom; r++) {
          for (let c = t.rect.left; c <= t.rect.right; c++) {
            const cell = cellFor(t.sheet, r, c);
            if (link === null) delete cell.hyperlink;
            else cell.hyperlink = { ...link };
          }
        }
        // The text to display replaces the top-left cell's content, as text.
        if (link?.textToDisplay !== undefined) {
          const cell = cellFor(t.sheet, t.rect.top, t.rect.left);
          delete cell.formula;
          cell.value = link.textToDisplay;
        }
      },
      "1.7",
    );
  }

  get format(): RangeFormatObject {
    return (this.formatObject ??= new RangeFormatObject(this.context, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, rects: [t.rect] };
    }));
  }

  get conditionalFormats(): ConditionalFormatCollectionObject {
    return (this.conditionalFormatsObject ??= new ConditionalFormatCollectionObject(this.context, () => this.resolve()));
  }

  get worksheet(): WorksheetObject {
    return new WorksheetObject(this.context, () => this.resolve()?.sheet ?? null);
  }

  protected override navigation(name: string) {
    return name === "format" ? this.format : name === "worksheet" ? this.worksheet : undefined;
  }

  protected scalar(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    const where = `Range.${name}`;
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(sheet.name, rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "cellCount":
        return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      case "values":
        return readValues(sheet, rect, where);
      case "valueTypes":
        return readValueTypes(sheet, rect, where);
      case "formulas":
        return readFormulas(sheet, rect, where);
      case "numberFormat":
        return readNumberFormats(sheet, rect, where);
      case "text":
        return readText(sheet, rect, where);
      default:
        return cellAt(sheet, rect.top, rect.left)?.hyperlink ?? null;
    }
  }

  /** A range derived from this one when the batch runs; `null` from `derive` makes a null object. */
  private derived(derive: (t: RangeTarget) => RangeTarget | null, orNull = false, since?: string, member = ""): RangeObject {
    return new RangeObject(
      this.context,
      () => {
        if (since !== undefined) this.context.host.requireApi(since, `Range.${member}`);
        const t = this.resolve();
        if (t === null) return null;
        const next = derive(t);
        if (next === null && !orNull) throw officeError("ItemNotFound", `Range.${member}`);
        return next;
      },
      orNull,
    );
  }

  getCell(row: number, column: number): RangeObject {
    return this.derived((t) => shifted(t, t.rect.top + row, t.rect.left + column, 1, 1, "Range.getCell"), false, undefined, "getCell");
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeObject {
    return this.derived(
      (t) => shifted(t, t.rect.top + rowOffset, t.rect.left + columnOffset, t.rect.bottom - t.rect.top + 1, t.rect.right - t.rect.left + 1, "Range.getOffsetRange"),
      false,
      undefined,
      "getOffsetRange",
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeObject {
    return this.derived(
      (t) => shifted(t, t.rect.top, t.rect.left, t.rect.bottom - t.rect.top + 1 + deltaRows, t.rect.right - t.rect.left + 1 + deltaColumns, "Range.getResizedRange"),
      false,
      "1.2",
      "getResizedRange",
    );
  }

  getEntireColumn(): RangeObject {
    return this.derived((t) => ({ sheet: t.sheet, rect: { ...t.rect, top: 0, bottom: LAST_ROW } }), false, undefined, "getEntireColumn");
  }

  getEntireRow(): RangeObject {
    return this.derived((t) => ({ sheet: t.sheet, rect: { ...t.rect, left: 0, right: LAST_COLUMN } }), false, undefined, "getEntireRow");
  }

  getIntersection(other: RangeObject | string): RangeObject {
    return this.derived((t) => this.intersection(t, other), false, undefined, "getIntersection");
  }

  getIntersectionOrNullObject(other: RangeObject | string): RangeObject {
    return this.derived((t) => this.intersection(t, other), true, "1.4", "getIntersectionOrNullObject");
  }

  private intersection(t: RangeTarget, other: RangeObject | string): RangeTarget | null {
    const rect = typeof other === "string" ? areaOn(t.sheet, other, "Range.getIntersection") : other.live().rect;
    const common = intersect(t.rect, rect);
    return common && { sheet: t.sheet, rect: common };
  }

  getUsedRange(valuesOnly = false): RangeObject {
    return this.derived((t) => this.used(t, valuesOnly), false, undefined, "getUsedRange");
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeObject {
    return this.derived((t) => this.used(t, valuesOnly), true, "1.4", "getUsedRangeOrNullObject");
  }

  private used(t: RangeTarget, valuesOnly: boolean): RangeTarget | null {
    const used = usedRect(t.sheet, valuesOnly);
    const common = used && intersect(t.rect, used);
    return common && { sheet: t.sheet, rect: common };
  }

  /**
   * `Range.getCellProperties` (ExcelApi 1.9): one object per cell holding the properties asked for. Only
   * `format.indentLevel` is modelled; asking for anything else fails, so no test relies on what is not there.
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    const modelled = Object.keys(options).every((k) => k === "format") && Object.keys(options.format ?? {}).every((k) => k === "indentLevel");
    this.context.enqueue({
      label: "Range.getCellProperties",
      since: "1.9",
      bytes: 60 + jsonSize(options),
      run: () => {
        if (!modelled) throw officeError("InvalidArgument", "Range.getCellProperties", "The fake host models format.indentLevel only.");
        const { sheet, rect } = this.live();
        const cells: Excel.CellProperties[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: Excel.CellProperties[] = [];
          for (let c = rect.left; c <= rect.right; c++) {
            row.push(options.format?.indentLevel ? { format: { indentLevel: cellAt(sheet, r, c)?.format?.indentLevel ?? 0 } } : {});
          }
          cells.push(row);
        }
        return { bytes: jsonSize(cells), deliver: () => result.fill(cells) };
      },
    });
    return result;
  }

  /**
   * Only the merged areas whose top-left cell lies inside the range, as Excel answers by design (office-js issue
   * 3611); more than 512 fail the request, with no code of their own documented: `GeneralException` here.
   */
  getMergedAreasOrNullObject(): RangeAreasObject {
    return new RangeAreasObject(
      this.context,
      () => {
        this.context.host.requireApi("1.13", "Range.getMergedAreasOrNullObject");
        const t = this.resolve();
        if (t === null) return null;
        const rects = mergesStartingIn(t.sheet, t.rect);
        if (rects.length > MERGED_AREAS_LIMIT) throw officeError("GeneralException", "Range.getMergedAreasOrNullObject");
        return rects.length === 0 ? null : { sheet: t.sheet, rects };
      },
      true,
    );
  }

  merge(across = false): void {
    this.act("merge", [across], (t) => {
      const { top, left, bottom, right } = t.rect;
      const areas = across ? Array.from({ length: bottom - top + 1 }, (_, i) => ({ top: top + i, left, bottom: top + i, right })) : [t.rect];
      for (const area of areas) {
        if (area.top === area.bottom && area.left === area.right) continue;
        addMerge(t.sheet, area);
        // Excel keeps the top-left value and clears the rest.
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const cell = cellAt(t.sheet, r, c);
            if (cell && (r !== area.top || c !== area.left)) {
              delete cell.value;
              delete cell.formula;
            }
          }
        }
      }
    }, "1.2");
  }

  unmerge(): void {
    this.act("unmerge", [], (t) => removeMerges(t.sheet, t.rect), "1.2");
  }

  select(): void {
    this.act("select", [], (t) => {
      const workbook = this.context.host.workbook;
      workbook.activeSheet = t.sheet.name;
      workbook.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }
}

function shifted(t: RangeTarget, top: number, left: number, rows: number, cols: number, where: string): RangeTarget {
  const rect = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
  if (rows < 1 || cols < 1 || top < 0 || left < 0 || rect.bottom > LAST_ROW || rect.right > LAST_COLUMN) throw officeError("InvalidArgument", where);
  return { sheet: t.sheet, rect };
}

/** An address on `sheet` (a sheet prefix must name it); `InvalidArgument` otherwise. */
export function areaOn(sheet: FakeSheet, address: string, where: string): CellRect {
  const area = parseArea(address);
  if (area === null || (area.sheet !== undefined && area.sheet.toLowerCase() !== sheet.name.toLowerCase())) throw officeError("InvalidArgument", where);
  return area.rect;
}

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly rects: readonly CellRect[];
}

export class RangeAreasObject extends ClientObject<AreasTarget> {
  protected readonly scalarNames = ["address", "addressLocal", "areaCount", "cellCount"];
  private formatObject?: RangeFormatObject;

  constructor(context: FakeRequestContext, target: () => AreasTarget | null, orNull = false) {
    super(context, "RangeAreas", target, orNull);
  }

  protected override isAlive(t: AreasTarget): boolean {
    return this.context.host.workbook.sheets.includes(t.sheet);
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  get format(): RangeFormatObject {
    return (this.formatObject ??= new RangeFormatObject(this.context, () => this.resolve()));
  }

  protected override navigation(name: string) {
    return name === "format" ? this.format : undefined;
  }

  protected scalar(t: AreasTarget, name: string): unknown {
    if (name === "areaCount") return t.rects.length;
    if (name === "cellCount") return t.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    return t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(", ");
  }
}

/** `Worksheet.getRanges`: areas separated by commas or semicolons, all on that sheet. */
export function areasOn(sheet: FakeSheet, address: string, where: string): CellRect[] {
  const parts = splitAreas(address);
  if (parts.length === 0) throw officeError("InvalidArgument", where);
  return parts.map((part) => areaOn(sheet, part, where));
}
