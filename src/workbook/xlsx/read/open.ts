/**
 * The .xlsx adapter of the reading port: opens an .xlsx file, buffer or package as a WorkbookSource. Opening
 * reads the package's directory and its workbook part (sheets, names, date system), found as OPC says through
 * `_rels/.rels`, and nothing else; the outline adds the Excel tables (tables.ts) from their small parts;
 * `readRanges` then streams only the worksheets that hold requested ranges, keeping only the requested cells
 * (read-ranges.ts, sheet-cells.ts), so that checking a register of 100,000 lots costs little more than reading
 * its bytes.
 */
import { readFile, stat } from "node:fs/promises";
import type { Grid } from "../../../core/grid";
import { UnreadableWorkbookError, type RangeRequest, type WorkbookOutline, type WorkbookSource } from "../../port";
import { folderOf, Relationships, relsPartOf } from "../package/relationships";
import { XlsxPackage } from "../package/xlsx-package";
import { NO_STYLES, readCellStyles } from "./cell-styles";
import { readSheetRanges } from "./read-ranges";
import { readSharedStrings } from "./shared-strings";
import { scanSheet, type SheetReadContext } from "./sheet-cells";
import { readTables } from "./tables";
import { parseWorkbookXml, type WorkbookXml } from "./workbook-xml";
import { worksheetParts, type SheetPart } from "./worksheet-parts";
import { pushInto } from "../../../core/group";
import { cutQuote } from "../../../core/messages";
import { CellBudget } from "../../cell-budget";

/** The bytes of a workbook file, with a missing or unreadable file turned into an UnreadableWorkbookError. */
export async function readXlsxFile(path: string): Promise<Buffer> {
  try {
    // Looked at before it is opened: a pipe nobody writes to would block the read for ever, a device never end it.
    if (!(await stat(path)).isFile()) throw new UnreadableWorkbookError(path, "not-a-file");
    return await readFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableWorkbookError(path, "not-found");
    // A file we may not read: the port has no closer reason, so the system's words go along.
    throw new UnreadableWorkbookError(path, "corrupt", error instanceof Error ? error.message : String(error));
  }
}

export async function openXlsxFile(path: string): Promise<WorkbookSource> {
  return openXlsxBuffer(await readXlsxFile(path), path);
}

export interface XlsxReadOptions {
  /** The cells one `readRanges` batch may make grids of (DEFAULT_CELL_BUDGET: 1 GiB of them). */
  readonly cellBudget?: number;
}

/** `label` names the file in error messages. */
export async function openXlsxBuffer(data: Uint8Array, label: string, options: XlsxReadOptions = {}): Promise<WorkbookSource> {
  return xlsxSource(XlsxPackage.open(data, label), options);
}

/** The reading port over a package opened already: a command that reads and writes a file opens it once. */
export function xlsxSource(pkg: XlsxPackage, options: XlsxReadOptions = {}): WorkbookSource {
  // Any part that cannot be inflated or parsed, relationships included, is a damaged file, never our fault.
  return corruptUnlessRead(pkg.label, () => {
    const workbookPart = pkg.officeDocumentPart();
    const book = namingPart(workbookPart, () => parseWorkbookXml(pkg.text(workbookPart)!));
    const relsPart = relsPartOf(workbookPart);
    const rels = namingPart(relsPart, () => new Relationships(pkg.text(relsPart) ?? "", workbookPart));
    return new XlsxWorkbookSource(pkg, book, rels, options);
  });
}

class XlsxWorkbookSource implements WorkbookSource {
  /** Worksheet parts by lower-case sheet name: requests may spell a sheet in any case, as Excel matches them. */
  private readonly parts = new Map<string, string>();
  /** Worksheets in tab order, by the name the workbook spells them with. */
  private readonly sheetParts: SheetPart[];
  private context: Promise<SheetReadContext> | undefined;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly book: WorkbookXml,
    private readonly rels: Relationships,
    private readonly options: XlsxReadOptions,
  ) {
    // Chart sheets hold no cells: a range on one reads as empty.
    this.sheetParts = worksheetParts(book, rels);
    for (const { sheet, part } of this.sheetParts) this.parts.set(sheet.toLowerCase(), part);
  }

  async outline(): Promise<WorkbookOutline> {
    const tables = await readTables(this.pkg, this.sheetParts).catch((error: unknown) => {
      throw asUnreadable(this.pkg.label, error);
    });
    return { sheets: this.book.sheets, names: this.book.names, tables };
  }

  async readRanges(requests: readonly RangeRequest[]): Promise<Grid[]> {
    const grids: Grid[] = requests.map(emptyGrid);
    const budget = new CellBudget(this.pkg.label, this.options.cellBudget);
    const bySheet = new Map<string, number[]>();
    requests.forEach((request, i) => {
      const part = this.parts.get(request.rect.sheet.toLowerCase());
      if (part !== undefined && this.pkg.has(part)) pushInto(bySheet, part, i);
    });
    try {
      for (const [part, indexes] of bySheet) {
        const context = await this.readContext();
        const sheetRequests = indexes.map((i) => requests[i]);
        const read = await readSheetRanges((sink) => scanSheet(this.pkg.textChunks(part), context, sink), sheetRequests, budget).catch(
          // What is wrong inside a sheet's part is said with the sheet's name.
          (error: unknown) => {
            throw named(cutQuote(sheetRequests[0].rect.sheet), error);
          },
        );
        indexes.forEach((index, k) => (grids[index] = read[k]));
      }
    } catch (error) {
      throw asUnreadable(this.pkg.label, error);
    }
    return grids;
  }

  /** Shared strings and cell styles, read once, when the first worksheet is. */
  private readContext(): Promise<SheetReadContext> {
    this.context ??= (async () => {
      const strings = this.part("/sharedStrings", "sharedStrings.xml");
      const styles = this.part("/styles", "styles.xml");
      return {
        sharedStrings: strings === undefined ? null : await readSharedStrings(this.pkg.textChunks(strings)),
        styles: styles === undefined ? NO_STYLES : await readCellStyles(this.pkg.textChunks(styles)),
        date1904: this.book.date1904,
      };
    })();
    return this.context;
  }

  /** The part the workbook relates by this type, else the one of the usual name beside the workbook part. */
  private part(typeEnding: string, usualName: string): string | undefined {
    const related = this.rels.list.find((rel) => rel.type.endsWith(typeEnding))?.part;
    if (related !== undefined && this.pkg.has(related)) return related;
    const usual = folderOf(this.pkg.officeDocumentPart()) + usualName;
    return this.pkg.has(usual) ? usual : undefined;
  }
}

/** A range on a sheet the workbook lacks (or a chart sheet): no rows. */
function emptyGrid(request: RangeRequest): Grid {
  const { name, rect } = request;
  return { name, sheet: rect.sheet, top: rect.top, left: rect.left, values: [], numberFormats: [], formulas: [] };
}

/** A part's parse error says which part it is, as the damaged-file message must. */
function namingPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw named(part, error);
  }
}

/** An error of reading, prefixed with where it happened; our own answers pass unchanged. */
function named(where: string, error: unknown): unknown {
  return error instanceof Error && !(error instanceof UnreadableWorkbookError) ? new Error(`${where}: ${error.message}`) : error;
}

function corruptUnlessRead<T>(label: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw asUnreadable(label, error);
  }
}

/** A part that cannot be inflated or parsed makes the whole file unreadable: "damaged", in the user's words. */
function asUnreadable(label: string, error: unknown): UnreadableWorkbookError {
  if (error instanceof UnreadableWorkbookError) return error;
  return new UnreadableWorkbookError(label, "corrupt", error instanceof Error ? error.message : String(error));
}
