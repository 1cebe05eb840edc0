/**
 * How many cells one workbook's grids may hold together, for both adapters: a grid is as large as its rectangle
 * clipped to the sheet's used area, and the core visits every cell of it, so a name over a whole sheet with one
 * stray value at XFD1048576 would ask for 17 billion (the .xlsx reader makes that grid sparse and counts the
 * cells it keeps; the Office.js adapter counts the rectangle). Past the budget, reading stops with a "too many
 * cells" error naming the sheet and range, before a single cell of them is held.
 */
import { cutQuote } from "../core/messages";
import { rectAddress, type CellRect } from "../core/address";
import { UnreadableWorkbookError } from "./port";

/** What one grid cell costs, about: its value, number format and formula slots and their share of the rows. */
const BYTES_PER_GRID_CELL = 64;

/** 1 GiB of grid cells: 16,777,216 cells, fourteen times a register of 100,000 lots in twelve columns. */
const DEFAULT_CELL_BUDGET = Math.floor(2 ** 30 / BYTES_PER_GRID_CELL);

export class CellBudget {
  private spent = 0;

  constructor(
    /** Names the workbook in the error. */
    private readonly label: string,
    private readonly cells = DEFAULT_CELL_BUDGET,
  ) {}

  /**
   * Counts a grid about to be made over `rect` (its used part), of `cells` cells (fewer than the rectangle's when
   * the grid leaves runs of empty rows and columns out); throws, naming the rectangle, when the workbook's grids
   * pass the budget.
   */
  spend(sheet: string, rect: CellRect, cells = areaOf(rect)): void {
    if (cells <= 0) return;
    this.spent += cells;
    if (this.spent > this.cells) {
      throw new UnreadableWorkbookError(this.label, "too-many-cells", `${cutQuote(sheet)}!${rectAddress(rect)}`);
    }
  }
}

function areaOf(rect: CellRect): number {
  return Math.max(0, rect.bottom - rect.top + 1) * Math.max(0, rect.right - rect.left + 1);
}
