/// <reference types="office-js" />
/**
 * Generate summary inside Excel, in three round trips (a fourth sets up the printed page, ExcelApi 1.9): (1) find our sheets of an earlier run through their
 * hidden marker names and choose names as the file writer does (a user's `요약` is never touched: ours becomes
 * `요약 (2)`); (2) write every sheet into a new temporary sheet; (3) only then swap: rename the temporary sheets,
 * put each where our earlier one stood, repoint the markers, delete the earlier sheets last. If anything fails,
 * a new batch deletes the temporary sheets and restores names and markers, and the error goes on to the caller.
 * The printed page comes last, in a batch of its own, best effort (print-setup.ts): its failure is reported, the
 * summary stays.
 */
import type { Pace } from "../../../core/progress";
import type { SheetRole, SpecLink, SummaryBook } from "../../../core/summary/sheet-spec";
import { checkBookSheets, chooseSheetNames, MARKER_NAMES, sheetOfReference } from "../../../core/summary/generated-sheets";
import { officeApiSupport, type ApiSupport, type ExcelRun } from "../run";
import { setUpPrinting } from "./print-setup";
import { renderSheet } from "./render-sheet";
import { RequestPayload } from "./request-payload";

export interface WriteSummaryOptions {
  /** Which requirement sets the host implements; the running Office's answer by default. */
  readonly supports?: ApiSupport;
  /** Request bytes to aim at per round trip (default: the payload limit, 90 % of Excel on the web's 5 MB). */
  readonly requestPayloadLimit?: number;
  /** The pane's pause between pieces of preparing a long sheet's requests (app/pace.ts); none: straight through. */
  readonly pace?: Pace;
}

const noPause: Pace = () => Promise.resolve();

export interface WriteSummaryResult {
  /** The name each role's sheet has now; a book always holds the summary. */
  readonly sheetNames: { readonly summary: string } & Partial<Record<SheetRole, string>>;
  /** Roles whose wanted name was a sheet of the user's, so ours got `요약 (2)` or the like. */
  readonly renamedBecauseTaken: SheetRole[];
  /** Excel refused the printed page's set-up: the sheets are written, and print as Excel's defaults have it. */
  readonly printSetupFailed?: true;
}

interface Target {
  readonly role: SheetRole;
  readonly wanted: string;
  readonly finalName: string;
  readonly tempName: string;
  /** Our sheet from an earlier run, replaced where it stands. */
  readonly earlier?: { readonly id: string; readonly name: string; readonly position: number; readonly trashName: string };
  /** The role's marker before this write, to restore on failure. */
  readonly markerFormula?: string;
  createdId?: string;
}

interface Progress {
  targets?: Target[];
  swapping: boolean;
}

export async function writeSummaryBook(run: ExcelRun, book: SummaryBook, options: WriteSummaryOptions = {}): Promise<WriteSummaryResult> {
  checkBook(book);
  const supports = options.supports ?? officeApiSupport;
  const progress: Progress = { swapping: false };
  let written: WriteSummaryResult;
  try {
    written = await run(async (context) => {
      const { targets, markers } = await discover(context, book);
      progress.targets = targets;
      const nameOf = new Map(targets.map((t) => [t.role, t.finalName]));
      const linkSheet = (link: SpecLink) => {
        if ("sheet" in link) return link.sheet;
        const name = nameOf.get(link.role);
        if (name === undefined) throw new Error(`a link to the ${link.role} sheet, which this book does not write`);
        return name;
      };

      const payload = new RequestPayload(context, options.requestPayloadLimit);
      const created = targets.map((t) => context.workbook.worksheets.add(t.tempName).load("id"));
      for (const [i, spec] of book.sheets.entries()) await renderSheet(created[i], spec, { supports, payload, linkSheet, pace: options.pace ?? noPause });
      await context.sync();
      targets.forEach((t, i) => (t.createdId = created[i].id));

      progress.swapping = true;
      swap(context, targets, created, markers);
      await context.sync();
      return {
        sheetNames: Object.fromEntries(targets.map((t) => [t.role, t.finalName])) as WriteSummaryResult["sheetNames"],
        renamedBecauseTaken: targets.filter((t) => t.finalName !== t.wanted).map((t) => t.role),
      };
    });
  } catch (error) {
    const targets = progress.targets;
    if (targets !== undefined) {
      const kept = await undo(run, targets, progress.swapping).catch(() => []);
      // A new sheet kept in place of an earlier one that the swap already deleted gets its printed page too.
      const printed = book.sheets.flatMap((spec, i) => (kept[i] && targets[i].createdId !== undefined ? [{ name: targets[i].createdId!, spec }] : []));
      if (printed.length > 0 && supports("1.9")) await setUpPrinting(run, printed);
    }
    throw error;
  }
  if (!supports("1.9")) return written;
  const printed = await setUpPrinting(run, book.sheets.map((spec, i) => ({ name: progress.targets![i].finalName, spec })));
  return printed ? written : { ...written, printSetupFailed: true };
}

function checkBook(book: SummaryBook): void {
  checkBookSheets(book);
  if (!book.sheets.some((spec) => spec.role === "summary")) throw new Error("a summary book without a summary sheet");
}

/** Round trip 1: the sheets, our markers, and from them the names and places of this write's sheets. */
async function discover(context: Excel.RequestContext, book: SummaryBook): Promise<{ targets: Target[]; markers: Excel.NamedItem[] }> {
  const sheets = context.workbook.worksheets.load("items/name, items/id");
  const markers = book.sheets.map((spec) => context.workbook.names.getItemOrNullObject(MARKER_NAMES[spec.role]).load("formula"));
  await context.sync();

  const existing = sheets.items.map((s) => ({ name: s.name, id: s.id }));
  const claimed = new Set<number>();
  const earlier = book.sheets.map((_, i) => {
    const marker = markers[i];
    const sheetName = marker.isNullObject ? undefined : sheetOfReference(marker.formula)?.toLowerCase();
    const index = existing.findIndex((s) => s.name.toLowerCase() === sheetName);
    if (index < 0 || claimed.has(index)) return undefined;
    claimed.add(index);
    return index;
  });
  const finalNames = chooseSheetNames(existing, claimed, book.sheets.map((s) => s.name));
  const taken = new Set([...existing.map((s) => s.name), ...finalNames].map((n) => n.toLowerCase()));
  const free = (base: string) => {
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base} ${k}`;
    taken.add(name.toLowerCase());
    return name;
  };

  const targets = book.sheets.map((spec, i): Target => {
    const index = earlier[i];
    return {
      role: spec.role,
      wanted: spec.name,
      finalName: finalNames[i],
      tempName: free(`~BudgetCheck ${i + 1}`),
      ...(index !== undefined && { earlier: { ...existing[index], position: index, trashName: free(`~BudgetCheck old ${i + 1}`) } }),
      ...(!markers[i].isNullObject && { markerFormula: markers[i].formula }),
    };
  });
  return { targets, markers };
}

/** Round trip 3, queued: the earlier sheets step aside and are deleted last, after everything else succeeded. */
function swap(context: Excel.RequestContext, targets: readonly Target[], created: readonly Excel.Worksheet[], markers: readonly Excel.NamedItem[]): void {
  const sheets = context.workbook.worksheets;
  const earlier = targets.flatMap((t) => (t.earlier ? [{ ...t.earlier, sheet: sheets.getItem(t.earlier.id) }] : []));
  for (const old of earlier) old.sheet.name = old.trashName;
  targets.forEach((t, i) => (created[i].name = t.finalName));

  // New sheets were added at the end; each moves to just before the sheet it replaces, which then goes.
  const moves = targets.map((t, i) => ({ t, sheet: created[i] })).filter(({ t }) => t.earlier !== undefined);
  moves.sort((a, b) => a.t.earlier!.position - b.t.earlier!.position);
  moves.forEach(({ t, sheet }, k) => (sheet.position = t.earlier!.position + k));

  targets.forEach((t, i) => {
    if (t.markerFormula !== undefined) markers[i].delete();
    context.workbook.names.add(MARKER_NAMES[t.role], created[i].getRange("A1")).visible = false;
  });
  created[targets.findIndex((t) => t.role === "summary")].activate();
  for (const old of earlier) old.sheet.delete();
}

/**
 * A new batch after a failure: our new sheets go, earlier sheets and markers come back as they were. Batches are
 * no transactions: a swap that failed at its second deletion has deleted the first earlier sheet. That role keeps
 * its new sheet, complete, named and marked as the earlier one was, so no role is left without its sheet.
 */
async function undo(run: ExcelRun, targets: readonly Target[], swapping: boolean): Promise<boolean[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const created = targets.map((t) => sheets.getItemOrNullObject(t.createdId ?? t.tempName));
    const earlier = targets.map((t) => (t.earlier ? sheets.getItemOrNullObject(t.earlier.id).load("name") : undefined));
    const markers = swapping ? targets.map((t) => context.workbook.names.getItemOrNullObject(MARKER_NAMES[t.role])) : [];
    await context.sync();
    const replaced = targets.map((t, i) => swapping && earlier[i]?.isNullObject === true && !created[i].isNullObject);
    created.forEach((sheet, i) => {
      if (!sheet.isNullObject && !replaced[i]) sheet.delete();
    });
    targets.forEach((t, i) => {
      const old = earlier[i];
      if (t.earlier && old && !old.isNullObject && old.name !== t.earlier.name) old.name = t.earlier.name;
    });
    markers.forEach((marker, i) => {
      if (replaced[i]) return;
      if (!marker.isNullObject) marker.delete();
      const formula = targets[i].markerFormula;
      if (formula !== undefined) context.workbook.names.add(MARKER_NAMES[targets[i].role], formula).visible = false;
    });
    await context.sync();
    return replaced;
  });
}
