/**
 * The Office writer's preparation of a long list, given the pane's pace: never more than PIECE_CELLS cells nor
 * PIECE_ROWS merges of the book read between two pauses (values, links, styles and merges alike), and the same
 * requests as the plain write.
 */
import { createFakeExcel, fakeWorkbookFromXlsx, type FakeExcel } from "../../../src/fake-excel";
import type { Pace } from "../../../src/core/progress";
import { PIECE_CELLS, PIECE_ROWS } from "../../../src/core/pieces";
import type { SheetSpec, SummaryBook } from "../../../src/core/summary/sheet-spec";
import { writeSummaryBook } from "../../../src/workbook/office";
import { cleanXlsx } from "../../helpers/sample";
import { supportsOf } from "./helpers";
import { summaryBookOf } from "./write-helpers";

/** The items, each behind a proxy that adds itself to `touched` whenever the writer reads any of it. */
function watched<T extends object>(items: readonly T[], touched: Set<object>): T[] {
  return items.map((item) => {
    const proxy: T = new Proxy(item, {
      get(target, key, receiver) {
        touched.add(proxy);
        return Reflect.get(target, key, receiver);
      },
    });
    return proxy;
  });
}

describe("writing a long summary through Office.js with the pane's pace", () => {
  let xlsx: Buffer;
  let long: SummaryBook;
  beforeAll(async () => {
    xlsx = await cleanXlsx();
    // A findings sheet of twelve thousand rows: four cells, a link and two one-row merges on each; its text style
    // on more than PIECE_CELLS cells.
    long = await summaryBookOf(xlsx, (findings) => Array.from({ length: 12_000 }, (_, i) => ({ ...findings[0], cell: `C${i + 1}` })));
  });
  const fresh = async () => createFakeExcel(await fakeWorkbookFromXlsx(xlsx));
  const write = (fake: FakeExcel, book: SummaryBook, pace?: Pace) => writeSummaryBook(fake.run, book, { supports: supportsOf(fake), ...(pace && { pace }) });

  it("reads at most PIECE_CELLS cells and PIECE_ROWS merges between two pauses, and sends what the plain write sends", async () => {
    const cells = new Set<object>();
    const merges = new Set<object>();
    const watchedBook: SummaryBook = {
      sheets: long.sheets.map((spec): SheetSpec => ({ ...spec, cells: watched(spec.cells, cells), merges: watched(spec.merges, merges) })),
    };
    const pieces: { cells: number; merges: number }[] = [];
    const endPiece = () => {
      pieces.push({ cells: cells.size, merges: merges.size });
      cells.clear();
      merges.clear();
    };
    const pace: Pace = async () => endPiece();

    const plain = await fresh();
    await write(plain, long);
    const paced = await fresh();
    await write(paced, watchedBook, pace);
    endPiece();

    expect(paced.workbook).toEqual(plain.workbook);
    expect(paced.operations).toEqual(plain.operations);
    expect(paced.payloads).toEqual(plain.payloads);

    const list = long.sheets.find((spec) => spec.role === "findings")!;
    expect(list.merges.length).toBeGreaterThan(2 * PIECE_ROWS);
    expect(list.cells.filter((cell) => cell.style === "text").length).toBeGreaterThan(PIECE_CELLS);
    expect(Math.max(...pieces.map((p) => p.cells))).toBeLessThanOrEqual(PIECE_CELLS);
    expect(Math.max(...pieces.map((p) => p.merges))).toBeLessThanOrEqual(PIECE_ROWS);
    // Every cell is read in several steps (entries, links, styles), every merge once or twice: pieces enough for them.
    const allCells = long.sheets.reduce((sum, spec) => sum + spec.cells.length, 0);
    expect(pieces.length).toBeGreaterThanOrEqual(3 * Math.floor(allCells / PIECE_CELLS) + Math.floor(list.merges.length / PIECE_ROWS));
  }, 30_000);
});
