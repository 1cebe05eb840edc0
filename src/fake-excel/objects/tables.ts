/**
 * `Workbook.tables`, `Worksheet.tables` and `Excel.Table`, as the Excel JavaScript API reference describes them
 * (docs/excel-host.md): a table's name, whether it shows its header and totals rows, its range (both rows
 * included when shown) and its worksheet.
 */
import { isValidName } from "../names";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import { findSheet, type FakeSheet, type FakeTable } from "../model";
import { ClientObject, CollectionObject } from "../proxy";
import { areaOn, RangeObject } from "./range";
import { WorksheetObject } from "./worksheet";

interface TableAt {
  readonly sheet: FakeSheet;
  readonly table: FakeTable;
}

/** Every table of the sheets given: the workbook's (all sheets) or one sheet's. */
export class TableCollectionObject extends CollectionObject<TableAt, TableObject> {
  constructor(
    context: FakeRequestContext,
    private readonly sheets: () => FakeSheet[],
  ) {
    super(context, "TableCollection", () => tablesOn(sheets()));
  }

  protected itemProxy(model: TableAt): TableObject {
    return new TableObject(this.context, () => model);
  }

  getItem(name: string): TableObject {
    return new TableObject(this.context, () => {
      const found = this.find(name);
      if (found === undefined) throw officeError("ItemNotFound", "TableCollection.getItem");
      return found;
    });
  }

  /** `address` names its sheet (`예산!A3:D9`) unless the collection is a sheet's. Excel names the table `Table1`, `Table2`, …. */
  add(address: string, hasHeaders: boolean): TableObject {
    let created: TableAt | null = null;
    this.act("add", [address, hasHeaders], () => {
      const bang = address.lastIndexOf("!");
      const sheetName = bang < 0 ? undefined : address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      const own = this.sheets();
      const sheet = sheetName === undefined ? (own.length === 1 ? own[0] : undefined) : findSheet(this.context.host.workbook, sheetName);
      if (sheet === undefined) throw officeError("InvalidArgument", "TableCollection.add");
      const rect = areaOn(sheet, address.slice(bang + 1), "TableCollection.add");
      const taken = new Set(tablesOn(this.context.host.workbook.sheets).map(({ table }) => table.name.toLowerCase()));
      let n = 1;
      while (taken.has(`table${n}`)) n++;
      const table = { name: `Table${n}`, rect, showHeaders: hasHeaders, showTotals: false };
      sheet.tables.push(table);
      created = { sheet, table };
    });
    return new TableObject(this.context, () => created);
  }

  private find(name: string): TableAt | undefined {
    const wanted = name.toLowerCase();
    return tablesOn(this.sheets()).find(({ table }) => table.name.toLowerCase() === wanted);
  }
}

function tablesOn(sheets: readonly FakeSheet[]): TableAt[] {
  return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

class TableObject extends ClientObject<TableAt> {
  protected readonly scalarNames = ["name", "showHeaders", "showTotals"];
  private worksheetObject?: WorksheetObject;

  constructor(context: FakeRequestContext, table: () => TableAt | null) {
    super(context, "Table", () => {
      const found = table();
      if (found === null) throw officeError("ItemNotFound", "Table");
      return found;
    });
  }

  protected override isAlive({ sheet, table }: TableAt): boolean {
    return this.context.host.workbook.sheets.includes(sheet) && sheet.tables.includes(table);
  }

  get name(): string {
    return this.read("name");
  }
  /** Table names follow the rules of defined names and are unique among tables, in any case. */
  set name(value: string) {
    this.write("name", value, ({ table }) => {
      if (!isValidName(value)) throw officeError("InvalidArgument", "Table.name");
      const other = tablesOn(this.context.host.workbook.sheets).find((t) => t.table.name.toLowerCase() === value.toLowerCase());
      if (other !== undefined && other.table !== table) throw officeError("InvalidArgument", "Table.name");
      table.name = value;
    });
  }

  get showHeaders(): boolean {
    return this.read("showHeaders");
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }
  /** Showing the totals row adds a row below the data to the table's range; hiding it takes that row away. */
  set showTotals(value: boolean) {
    this.write("showTotals", value, ({ table }) => {
      if (value === table.showTotals) return;
      table.rect = { ...table.rect, bottom: table.rect.bottom + (value ? 1 : -1) };
      table.showTotals = value;
    });
  }

  get worksheet(): WorksheetObject {
    return (this.worksheetObject ??= new WorksheetObject(this.context, () => this.live().sheet));
  }

  getRange(): RangeObject {
    return new RangeObject(this.context, () => {
      const { sheet, table } = this.live();
      return { sheet, rect: table.rect };
    });
  }

  protected override navigation(name: string) {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  protected scalar({ table }: TableAt, name: string): unknown {
    return table[name as "name" | "showHeaders" | "showTotals"];
  }
}
