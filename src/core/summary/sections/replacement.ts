import { a1 } from "../../address";
import { formatNumber } from "../../messages";
import type { InventoryTable } from "../../tables/types";
import { dateToSerial } from "../../values/dates";
import { ASSUMED_UNIT, UNIT_NAMES } from "../../units/money-unit";
import { sectionUnit, type SectionUnit } from "../unit";
import { unitCostOf } from "../../inventory/lots";
import { estimatedCost, replacementLotPieces, type ReplacementLot } from "../figures";
import { LONG_LIST, SHOWN_OF_LONG_LIST, type CompanionSheet, type SectionContext, type SummarySection } from "../section";
import { LAST_COLUMN, sumFormula, type SheetBuilder } from "../sheet-builder";
import { finish, PIECE_ROWS, type Pieces } from "../../pieces";

/**
 * Assets needing replacement: totals by category and by due year, then the lots themselves (only the first
 * ones when the list is long; the whole list goes to its own sheet).
 */
export const replacementSection: SummarySection<InventoryTable> = {
  heading: { ko: "장비 교체 계획", en: "Asset replacement plan" },
  unit(tables) {
    return sectionUnit(tables, (table) => table.unit, (table) => table.lotRows.map((row) => unitCostOf(table, row)));
  },
  write(b, tables, context) {
    return finish(writeSection(b, tables, context));
  },
  writePieces: writeSection,
};

/** The section: a register's lots are gathered into the plan in pieces; a long list goes to its own sheet. */
function* writeSection(b: SheetBuilder, tables: readonly InventoryTable[], { facts, dueWithinMonths, unit }: SectionContext): Pieces<CompanionSheet | null> {
  if (tables.length === 0) {
    b.line(b.t("noTable"), "note");
    return null;
  }
  const lots = yield* replacementLotPieces(tables, facts, dueWithinMonths, unit?.unit ?? ASSUMED_UNIT.unit);
  yield;
  const sheet = lots.length > LONG_LIST ? b.t("replacementSheet") : null;
  yield* replacementPieces(b, lots, sheet, unit);
  return sheet === null ? null : { name: sheet, role: "replacementPlan", write: (list) => lotListPieces(list, lots) };
}

interface Tally {
  readonly key: string;
  /** By the unit the lots count in: 대 and 식 are never added together. */
  readonly quantities: Map<string, number>;
  cost: number;
}

function addQuantity(quantities: Map<string, number>, lot: ReplacementLot): void {
  quantities.set(lot.unit, (quantities.get(lot.unit) ?? 0) + (lot.quantity ?? 0));
}

function tally(lots: readonly ReplacementLot[], keyOf: (lot: ReplacementLot) => string): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const lot of lots) {
    const key = keyOf(lot);
    const entry = byKey.get(key) ?? { key, quantities: new Map<string, number>(), cost: 0 };
    addQuantity(entry.quantities, lot);
    entry.cost += estimatedCost(lot) ?? 0;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** The one unit every lot counts in (empty for none stated), or null when they count in several. */
function commonUnit(lots: readonly ReplacementLot[]): string | null {
  const units = new Set(lots.map((l) => l.unit));
  return units.size === 1 ? [...units][0] : null;
}

/** `수량 (대)` over a column of one unit, `수량` over quantities that name their units. */
function quantityHeader(b: SheetBuilder, unit: string | null): string {
  return unit ? `${b.t("quantity")} (${unit})` : b.t("quantity");
}

/** `40대 · 2식`: quantities of several units, each with its own. */
function quantityText(b: SheetBuilder, quantities: ReadonlyMap<string, number>): string {
  return [...quantities].map(([unit, quantity]) => `${formatNumber(quantity, b.lang)}${unit}`).join(" · ");
}

/**
 * A quantity cell. In a column of one unit, a plain number under `수량 (대)`. In a column of several, a number
 * formatted with its unit (`10대`) where the cell counts in one, text only where it mixes units (`40대 · 2식`).
 */
function writeQuantity(b: SheetBuilder, row: number, col: number, quantities: ReadonlyMap<string, number>, unit: string | null, style: "amount" | "totalAmount"): void {
  if (unit !== null) return b.number(row, col, quantities.get(unit) ?? 0, style);
  const [only, ...more] = [...quantities];
  if (only !== undefined && more.length === 0) b.quantity(row, col, only[1], only[0], style);
  else b.text(row, col, quantityText(b, quantities), style === "amount" ? "mixedQuantity" : "totalMixedQuantity");
}

/**
 * A small table of quantity and estimated cost by some key, with a 계 row; returns its first and last rows.
 * Quantities are totalled per unit: a list in one unit sums its column, one in several states each unit's total.
 */
function writeTally(b: SheetBuilder, title: string, keyLabel: string, entries: readonly Tally[], unit: string | null): { first: number; last: number } {
  b.line(title, "caption");
  b.header([keyLabel, quantityHeader(b, unit), `${b.t("estimatedCost")}`]);
  const first = b.row;
  const all = new Map<string, number>();
  for (const e of entries) {
    b.text(b.row, 0, e.key, "label");
    writeQuantity(b, b.row, 1, e.quantities, unit, "amount");
    b.number(b.row, 2, e.cost, "amount");
    for (const [u, q] of e.quantities) all.set(u, (all.get(u) ?? 0) + q);
    b.row += 1;
  }
  const last = b.row - 1;
  b.text(b.row, 0, b.t("total"), "totalLabel");
  if (unit === null) writeQuantity(b, b.row, 1, all, null, "totalAmount");
  else b.formula(b.row, 1, sumFormula(1, first, last), all.get(unit) ?? 0, "totalAmount");
  b.formula(b.row, 2, sumFormula(2, first, last), entries.reduce((a, e) => a + e.cost, 0), "totalAmount");
  b.row += 1;
  b.skip();
  return { first, last };
}

/** The lot list: one row per lot, estimated cost as quantity × unit cost, and a 계 row; a pause every `PIECE_ROWS` lots. */
function* lotListPieces(b: SheetBuilder, lots: readonly ReplacementLot[]): Pieces<void> {
  const unit = commonUnit(lots);
  b.header([
    b.t("description"), b.t("id"), b.t("category"), quantityHeader(b, unit), b.t("unitCost"),
    b.t("acquired"), b.t("dueDate"), b.t("estimatedCost"), b.t("state"),
  ]);
  const first = b.row;
  for (const [i, lot] of lots.entries()) {
    if (i > 0 && i % PIECE_ROWS === 0) yield;
    const r = b.row;
    b.text(r, 0, lot.description || lot.category, "label", lot.at);
    b.text(r, 1, lot.id, "code");
    b.text(r, 2, lot.category, "label");
    if (unit === null) b.quantity(r, 3, lot.quantity, lot.unit, "amount");
    else b.number(r, 3, lot.quantity, "amount");
    b.number(r, 4, lot.unitCost, "amount");
    b.put(r, 5, { date: dateToSerial(lot.acquired) }, "date");
    b.put(r, 6, { date: dateToSerial(lot.due) }, "date");
    const cost = estimatedCost(lot);
    if (cost === null) b.text(r, 7, "", "amount");
    else b.formula(r, 7, `${a1(r, 3)}*${a1(r, 4)}`, cost, "amount");
    b.text(r, 8, b.t(lot.status), lot.status);
    b.row += 1;
  }
  const last = b.row - 1;
  b.text(b.row, 0, b.t("total"), "totalLabel");
  for (const col of [1, 2, 4, 5, 6, 8]) b.text(b.row, col, "", "totalLabel");
  const quantities = new Map<string, number>();
  for (const lot of lots) addQuantity(quantities, lot);
  if (unit === null) writeQuantity(b, b.row, 3, quantities, null, "totalAmount");
  else b.formula(b.row, 3, sumFormula(3, first, last), quantities.get(unit) ?? 0, "totalAmount");
  b.formula(b.row, 7, sumFormula(7, first, last), lots.reduce((a, l) => a + (estimatedCost(l) ?? 0), 0), "totalAmount");
  b.row += 1;
}

/** The plan on the summary: totals by category and by year, the chart, the first lots. A pause after each pass over the lots. */
function* replacementPieces(b: SheetBuilder, lots: readonly ReplacementLot[], fullListOnSheet: string | null, unit: SectionUnit | null): Pieces<void> {
  if (lots.length === 0) {
    b.line(b.t("none"), "note");
    return;
  }
  const counted = commonUnit(lots);
  yield;
  // The largest estimated cost first: what the signer weighs first.
  const categories = tally(lots, (l) => l.category).sort((x, y) => y.cost - x.cost || x.key.localeCompare(y.key));
  writeTally(b, b.t("byCategory"), b.t("category"), categories, counted);
  yield;
  const years = tally(lots, (l) => String(l.due.year)).sort((x, y) => x.key.localeCompare(y.key));
  const { first, last } = writeTally(b, b.t("byYear"), b.t("dueYear"), years, counted);
  b.chart({
    kind: "column",
    title: b.t("costChart", { unit: UNIT_NAMES[unit?.unit ?? ASSUMED_UNIT.unit][b.lang] }),
    categories: { top: first, left: 0, bottom: last, right: 0 },
    values: { top: first, left: 2, bottom: last, right: 2 },
    anchor: { top: first - 2, left: LAST_COLUMN + 2, bottom: first + 12, right: LAST_COLUMN + 8 },
  });
  b.line(b.t("lots"), "caption");
  if (fullListOnSheet !== null) {
    const shown = SHOWN_OF_LONG_LIST;
    b.line(b.t("moreOnSheet", { shown, count: lots.length, sheet: fullListOnSheet }), "noteLink", { role: "replacementPlan", cell: "A1" });
  }
  yield;
  yield* lotListPieces(b, fullListOnSheet === null ? lots : lots.slice(0, SHOWN_OF_LONG_LIST));
  b.skip();
}
