/** The ExcelJS adapter of the reading port: opens an .xlsx file or buffer as a WorkbookSource. */
import type ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Grid } from "../../core/grid";
import { UnreadableWorkbookError, type RangeRequest, type WorkbookOutline, type WorkbookSource } from "../port";
import { loadXlsx } from "./load";
import { readRange, usedArea, type UsedArea } from "./read-ranges";

/** The bytes of a workbook file, with a missing or unreadable file turned into an UnreadableWorkbookError. */
export async function readXlsxFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableWorkbookError(path, "not-found");
    // A directory, a file we may not read: the port has no closer reason, so the system's words go along.
    throw new UnreadableWorkbookError(path, "corrupt", error instanceof Error ? error.message : String(error));
  }
}

export async function openXlsxFile(path: string): Promise<WorkbookSource> {
  return openXlsxBuffer(await readXlsxFile(path), path);
}

/** `label` names the file in error messages. */
export async function openXlsxBuffer(data: Buffer | Uint8Array, label: string): Promise<WorkbookSource> {
  const { outline, workbook, dateOffsetDays } = await loadXlsx(data, label);
  return new XlsxWorkbookSource(outline, workbook, dateOffsetDays);
}

class XlsxWorkbookSource implements WorkbookSource {
  private readonly worksheets = new Map<string, ExcelJS.Worksheet>();
  private readonly usedAreas = new Map<ExcelJS.Worksheet, UsedArea>();

  constructor(
    private readonly workbookOutline: WorkbookOutline,
    workbook: ExcelJS.Workbook,
    private readonly dateOffsetDays: number,
  ) {
    // Requests may spell a sheet in any case, as Excel matches sheet names.
    for (const sheet of workbook.worksheets) this.worksheets.set(sheet.name.toLowerCase(), sheet);
  }

  async outline(): Promise<WorkbookOutline> {
    return this.workbookOutline;
  }

  async readRanges(requests: readonly RangeRequest[]): Promise<Grid[]> {
    return requests.map((request) => {
      const sheet = this.worksheets.get(request.rect.sheet.toLowerCase());
      const used = sheet === undefined ? EMPTY : this.usedArea(sheet);
      return readRange(sheet, used, request, this.dateOffsetDays);
    });
  }

  private usedArea(sheet: ExcelJS.Worksheet): UsedArea {
    let used = this.usedAreas.get(sheet);
    if (used === undefined) {
      used = usedArea(sheet);
      this.usedAreas.set(sheet, used);
    }
    return used;
  }
}

const EMPTY: UsedArea = { lastRow: -1, lastCol: -1 };
