/** `Workbook.worksheets` and `Excel.Worksheet`. */
import { PageBreakCollectionObject } from "./page-breaks";
import { LAST_COLUMN, LAST_ROW } from "../address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import { FakeChangedEventHandlers } from "../events";
import { findSheet, newSheet, usedRect, type FakeSheet, type FakeWorkbook } from "../model";
import { deleteSheetReferences, renameSheetReferences } from "../names";
import { ClientObject, CollectionObject } from "../proxy";
import { ChartCollectionObject } from "./charts";
import { NamedItemCollectionObject } from "./names";
import { FreezePanesObject, PageLayoutObject } from "./page-layout";
import { areaOn, areasOn, RangeAreasObject, RangeObject } from "./range";
import { TableCollectionObject } from "./tables";

const MAX_SHEET_NAME = 31;

/** Excel's rules for a sheet name, and that no other sheet has it (in any case). */
function checkName(workbook: FakeWorkbook, name: string, self: FakeSheet | undefined, where: string): void {
  const valid = name.length > 0 && name.length <= MAX_SHEET_NAME && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== "history";
  if (!valid) throw officeError("InvalidArgument", where);
  const other = findSheet(workbook, name);
  if (other !== undefined && other !== self) throw officeError("ItemAlreadyExists", where);
}

export class WorksheetCollectionObject extends CollectionObject<FakeSheet, WorksheetObject> {
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection", () => context.host.workbook.sheets);
  }

  protected itemProxy(sheet: FakeSheet): WorksheetObject {
    return new WorksheetObject(this.context, () => sheet);
  }

  /** By name (in any case) or by id. */
  getItem(key: string): WorksheetObject {
    return new WorksheetObject(this.context, () => {
      const sheet = this.find(key);
      if (sheet === undefined) throw officeError("ItemNotFound", "WorksheetCollection.getItem");
      return sheet;
    });
  }

  /** Every sheet's edits, sheets added later included (ExcelApi 1.9). */
  get onChanged(): FakeChangedEventHandlers {
    return new FakeChangedEventHandlers(this.context, "WorksheetCollection.onChanged", "1.9");
  }

  getItemOrNullObject(key: string): WorksheetObject {
    return new WorksheetObject(
      this.context,
      () => {
        this.context.host.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
        return this.find(key) ?? null;
      },
      true,
    );
  }

  getActiveWorksheet(): WorksheetObject {
    return new WorksheetObject(this.context, () => findSheet(this.context.host.workbook, this.context.host.workbook.activeSheet) ?? null);
  }

  /** Adds a sheet at the end, as Excel does. */
  add(name?: string): WorksheetObject {
    let created: FakeSheet | null = null;
    this.act("add", [name], () => {
      const workbook = this.context.host.workbook;
      let chosen = name;
      for (let n = workbook.sheets.length + 1; chosen === undefined; n++) if (findSheet(workbook, `Sheet${n}`) === undefined) chosen = `Sheet${n}`;
      checkName(workbook, chosen, undefined, "WorksheetCollection.add");
      created = newSheet(chosen, this.context.host.newSheetId());
      workbook.sheets.push(created);
    });
    return new WorksheetObject(this.context, () => created);
  }

  private find(key: string): FakeSheet | undefined {
    const workbook = this.context.host.workbook;
    return findSheet(workbook, key) ?? workbook.sheets.find((s) => s.id === key);
  }
}

export class WorksheetObject extends ClientObject<FakeSheet> {
  protected readonly scalarNames = ["id", "name", "position", "visibility"];
  private namesObject?: NamedItemCollectionObject;
  private tablesObject?: TableCollectionObject;

  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null, orNull = false) {
    super(context, "Worksheet", () => {
      const found = sheet();
      if (found === null && !orNull) throw officeError("ItemNotFound", "Worksheet");
      return found;
    }, orNull);
  }

  protected override isAlive(sheet: FakeSheet): boolean {
    return this.context.host.workbook.sheets.includes(sheet);
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (sheet) => {
      const workbook = this.context.host.workbook;
      checkName(workbook, value, sheet, "Worksheet.name");
      const old = sheet.name;
      sheet.name = value;
      renameSheetReferences(workbook, old, value);
      if (workbook.activeSheet === old) workbook.activeSheet = value;
      if (workbook.selection.sheet === old) workbook.selection = { ...workbook.selection, sheet: value };
    });
  }

  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value, (sheet) => {
      const sheets = this.context.host.workbook.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw officeError("InvalidArgument", "Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: FakeSheet["visibility"]) {
    this.write("visibility", value, (sheet) => (sheet.visibility = value), "1.2");
  }

  get names(): NamedItemCollectionObject {
    return (this.namesObject ??= new NamedItemCollectionObject(this.context, () => {
      this.context.host.requireApi("1.4", "Worksheet.names");
      return this.live();
    }));
  }

  /** This sheet's edits (ExcelApi 1.7). */
  get onChanged(): FakeChangedEventHandlers {
    return new FakeChangedEventHandlers(this.context, "Worksheet.onChanged", "1.7", () => this.live().id);
  }

  get freezePanes(): FreezePanesObject {
    return new FreezePanesObject(this.context, () => this.resolve());
  }

  get pageLayout(): PageLayoutObject {
    return new PageLayoutObject(this.context, () => this.resolve());
  }

  get horizontalPageBreaks(): PageBreakCollectionObject {
    return new PageBreakCollectionObject(this.context, () => this.resolve());
  }

  get tables(): TableCollectionObject {
    return (this.tablesObject ??= new TableCollectionObject(this.context, () => [this.live()]));
  }

  get charts(): ChartCollectionObject {
    return new ChartCollectionObject(this.context, () => this.resolve());
  }

  protected override navigation(name: string) {
    return name === "names" ? this.names : name === "tables" ? this.tables : undefined;
  }

  protected scalar(sheet: FakeSheet, name: string): unknown {
    if (name === "position") return this.context.host.workbook.sheets.indexOf(sheet);
    return sheet[name as "id" | "name" | "visibility"];
  }

  /** The whole sheet without an address. */
  getRange(address?: string): RangeObject {
    return new RangeObject(this.context, () => {
      const sheet = this.live();
      if (address === undefined) return { sheet, rect: { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN } };
      return { sheet, rect: areaOn(sheet, address, "Worksheet.getRange") };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeObject {
    return new RangeObject(this.context, () => {
      this.context.host.requireApi("1.7", "Worksheet.getRangeByIndexes");
      const rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      const valid = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && rowCount > 0 && columnCount > 0;
      if (!valid || rect.top < 0 || rect.left < 0 || rect.bottom > LAST_ROW || rect.right > LAST_COLUMN) throw officeError("InvalidArgument", "Worksheet.getRangeByIndexes");
      return { sheet: this.live(), rect };
    });
  }

  getRanges(address: string): RangeAreasObject {
    return new RangeAreasObject(this.context, () => {
      this.context.host.requireApi("1.9", "Worksheet.getRanges");
      const sheet = this.live();
      return { sheet, rects: areasOn(sheet, address, "Worksheet.getRanges") };
    });
  }

  getCell(row: number, column: number): RangeObject {
    return new RangeObject(this.context, () => {
      if (row < 0 || column < 0 || row > LAST_ROW || column > LAST_COLUMN) throw officeError("InvalidArgument", "Worksheet.getCell");
      return { sheet: this.live(), rect: { top: row, left: column, bottom: row, right: column } };
    });
  }

  getUsedRange(valuesOnly = false): RangeObject {
    return new RangeObject(this.context, () => {
      const sheet = this.live();
      // An empty sheet's used range is A1.
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeObject {
    return new RangeObject(
      this.context,
      () => {
        this.context.host.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
        const sheet = this.resolve();
        const rect = sheet && usedRect(sheet, valuesOnly);
        return sheet && rect && { sheet, rect };
      },
      true,
    );
  }

  activate(): void {
    this.act("activate", [], (sheet) => {
      const workbook = this.context.host.workbook;
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Worksheet.activate");
      if (workbook.activeSheet !== sheet.name) workbook.selection = { sheet: sheet.name, address: "A1" };
      workbook.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.act("delete", [], (sheet) => {
      const workbook = this.context.host.workbook;
      const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) throw officeError("InvalidOperation", "Worksheet.delete", "A workbook must contain at least one visible worksheet.");
      const index = workbook.sheets.indexOf(sheet);
      workbook.sheets.splice(index, 1);
      deleteSheetReferences(workbook, sheet.name);
      if (workbook.activeSheet.toLowerCase() === sheet.name.toLowerCase()) {
        const next = workbook.sheets[Math.min(index, workbook.sheets.length - 1)];
        workbook.activeSheet = next.name;
        workbook.selection = { sheet: next.name, address: "A1" };
      }
    });
  }
}
