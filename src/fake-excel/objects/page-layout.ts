/** `Worksheet.pageLayout` (ExcelApi 1.9) with its `headersFooters`, and `Worksheet.freezePanes` (1.7), recorded on the sheet. */
import type { CellRect } from "../../core/address";
import { LAST_COLUMN, parseArea, rectAddress } from "../address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import type { FakePageLayout, FakeSheet } from "../model";
import { ClientObject } from "../proxy";
import { HeaderFooterGroupObject } from "./headers-footers";
import type { RangeAreasObject, RangeObject } from "./range";

const PAPER = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal", "Tabloid", "Executive"];

export class PageLayoutObject extends ClientObject<FakeSheet> {
  protected readonly scalarNames = ["orientation", "paperSize", "zoom"];

  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null) {
    super(context, "PageLayout", sheet);
  }

  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(value: string) {
    this.write(
      "orientation",
      value,
      (sheet) => {
        if (value !== "Portrait" && value !== "Landscape") throw officeError("InvalidArgument", "PageLayout.orientation");
        sheet.pageLayout.orientation = value;
      },
      "1.9",
    );
  }

  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(value: string) {
    this.write(
      "paperSize",
      value,
      (sheet) => {
        if (!PAPER.includes(value)) throw officeError("InvalidArgument", "PageLayout.paperSize");
        sheet.pageLayout.paperSize = value;
      },
      "1.9",
    );
  }

  get zoom(): FakePageLayout["zoom"] {
    return this.read("zoom");
  }
  set zoom(value: FakePageLayout["zoom"]) {
    this.write(
      "zoom",
      value,
      (sheet) => {
        const count = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
        const scaleOk = value.scale === undefined || (value.scale >= 10 && value.scale <= 400);
        if (!scaleOk || !count(value.horizontalFitToPages) || !count(value.verticalFitToPages)) throw officeError("InvalidArgument", "PageLayout.zoom");
        sheet.pageLayout.zoom = { ...value };
      },
      "1.9",
    );
  }

  get headersFooters(): HeaderFooterGroupObject {
    return new HeaderFooterGroupObject(this.context, () => this.resolve());
  }

  setPrintTitleRows(rows: RangeObject | string): void {
    this.act(
      "setPrintTitleRows",
      [rows],
      (sheet) => {
        const rect = rectOf(sheet, rows, "PageLayout.setPrintTitleRows");
        // The range must span entire rows.
        if (rect.left !== 0 || rect.right !== LAST_COLUMN) throw officeError("InvalidArgument", "PageLayout.setPrintTitleRows");
        sheet.pageLayout.printTitleRows = `$${rect.top + 1}:$${rect.bottom + 1}`;
      },
      "1.9",
    );
  }

  setPrintArea(area: RangeObject | RangeAreasObject | string): void {
    this.act(
      "setPrintArea",
      [area],
      (sheet) => {
        if (typeof area === "string") {
          const rects = area.split(",").map((part) => rectOf(sheet, part, "PageLayout.setPrintArea"));
          sheet.pageLayout.printArea = rects.map(rectAddress).join(",");
        } else {
          const target = area.live();
          const rects = "rects" in target ? target.rects : [target.rect];
          sheet.pageLayout.printArea = rects.map(rectAddress).join(",");
        }
      },
      "1.9",
    );
  }

  protected scalar(sheet: FakeSheet, name: string): unknown {
    const layout = sheet.pageLayout;
    return name === "orientation" ? layout.orientation : name === "paperSize" ? layout.paperSize : layout.zoom;
  }
}

function rectOf(sheet: FakeSheet, range: RangeObject | string, where: string): CellRect {
  if (typeof range !== "string") return range.live().rect;
  const area = parseArea(range);
  if (area === null || (area.sheet !== undefined && area.sheet.toLowerCase() !== sheet.name.toLowerCase())) throw officeError("InvalidArgument", where);
  return area.rect;
}

export class FreezePanesObject extends ClientObject<FakeSheet> {
  protected readonly scalarNames: string[] = [];

  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null) {
    super(context, "WorksheetFreezePanes", sheet);
  }

  freezeRows(count = 1): void {
    this.act("freezeRows", [count], (sheet) => (sheet.freeze = { rows: checkedCount(count), columns: 0 }), "1.7");
  }

  freezeColumns(count = 1): void {
    this.act("freezeColumns", [count], (sheet) => (sheet.freeze = { rows: 0, columns: checkedCount(count) }), "1.7");
  }

  freezeAt(range: RangeObject | string): void {
    this.act(
      "freezeAt",
      [range],
      (sheet) => {
        const rect = rectOf(sheet, range, "WorksheetFreezePanes.freezeAt");
        sheet.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
      },
      "1.7",
    );
  }

  unfreeze(): void {
    this.act("unfreeze", [], (sheet) => (sheet.freeze = { rows: 0, columns: 0 }), "1.7");
  }

  protected scalar(): unknown {
    return undefined;
  }
}

function checkedCount(count: number): number {
  if (!Number.isInteger(count) || count < 0) throw officeError("InvalidArgument", "WorksheetFreezePanes");
  return count;
}
