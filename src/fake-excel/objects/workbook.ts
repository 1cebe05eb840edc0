/** `context.workbook`: the entry to worksheets, workbook-scoped names, tables and the selection. */
import { parseArea } from "../address";
import type { FakeRequestContext } from "../context";
import { findSheet, type FakeWorkbook } from "../model";
import { ClientObject } from "../proxy";
import { CustomXmlPartCollectionObject } from "./custom-xml";
import { NamedItemCollectionObject } from "./names";
import { RangeObject } from "./range";
import { TableCollectionObject } from "./tables";
import { WorksheetCollectionObject } from "./worksheet";

export class WorkbookObject extends ClientObject<FakeWorkbook> {
  protected readonly scalarNames: string[] = [];
  readonly worksheets: WorksheetCollectionObject;
  readonly names: NamedItemCollectionObject;
  readonly customXmlParts: CustomXmlPartCollectionObject;
  readonly tables: TableCollectionObject;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook", () => context.host.workbook);
    this.worksheets = new WorksheetCollectionObject(context);
    this.names = new NamedItemCollectionObject(context, () => null);
    this.customXmlParts = new CustomXmlPartCollectionObject(context);
    this.tables = new TableCollectionObject(context, () => context.host.workbook.sheets);
  }

  getSelectedRange(): RangeObject {
    return new RangeObject(this.context, () => {
      const { selection } = this.context.host.workbook;
      const sheet = findSheet(this.context.host.workbook, selection.sheet);
      const area = parseArea(selection.address);
      return sheet !== undefined && area !== null ? { sheet, rect: area.rect } : null;
    });
  }

  protected scalar(): unknown {
    return undefined;
  }
}
