/**
 * `Worksheet.horizontalPageBreaks` (ExcelApi 1.9): `add` sets a manual page break above the top row of the range
 * given, recorded on the sheet's page layout by row number.
 */
import { parseArea } from "../address";
import type { FakeRequestContext } from "../context";
import { officeError } from "../errors";
import type { FakeSheet } from "../model";
import { ClientObject } from "../proxy";
import type { RangeObject } from "./range";

export class PageBreakCollectionObject extends ClientObject<FakeSheet> {
  protected readonly scalarNames = ["count"];

  constructor(context: FakeRequestContext, sheet: () => FakeSheet | null) {
    super(context, "PageBreakCollection", sheet);
  }

  get count(): number {
    return this.read("count");
  }

  add(pageBreakRange: RangeObject | string): void {
    this.act(
      "add",
      [pageBreakRange],
      (sheet) => {
        const area = typeof pageBreakRange === "string" ? parseArea(pageBreakRange) : { sheet: undefined, rect: pageBreakRange.live().rect };
        if (area === null || (area.sheet !== undefined && area.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
          throw officeError("InvalidArgument", "PageBreakCollection.add");
        }
        const row = area.rect.top + 1;
        const breaks = (sheet.pageLayout.rowBreaks ??= []);
        if (!breaks.includes(row)) breaks.push(row);
      },
      "1.9",
    );
  }

  protected scalar(sheet: FakeSheet): unknown {
    return sheet.pageLayout.rowBreaks?.length ?? 0;
  }
}
