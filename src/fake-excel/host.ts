/**
 * The fake Excel host: `run` as `Excel.run`, a sync counter, payload accounting with Excel on the web's 5 MB
 * limits, requirement sets, injected failures, and recalculation of the formulas written through it.
 */
/// <reference types="office-js" />
import { nextTask } from "../core/next-task";
import { FakeRequestContext, type QueueEntry } from "./context";
import { FakeOfficeError, officeError } from "./errors";
import { ChangeEvents } from "./events";
import { evaluateFormula } from "./formula";
import { cellAt, findSheet, sheetId, type FakeCell, type FakeSheet, type FakeWorkbook } from "./model";
import type { Delivery } from "./proxy";
import { userEdit } from "./user-edit";

/** Excel on the web refuses a request or a response above 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** The highest ExcelApi requirement set the host implements (default `1.17`); newer calls fail with `ApiNotFound`. */
  readonly apiVersion?: string;
  readonly requestLimit?: number;
  readonly responseLimit?: number;
  /** Failures to inject; see `failOn`. */
  readonly failures?: readonly FailureRule[];
  /**
   * Workbook-scoped names listed under every `worksheet.names` as well, as Excel on the web has listed them
   * (office-js issue 1011); their `scope` still reads `Workbook`.
   */
  readonly workbookNamesOnEverySheet?: boolean;
  /**
   * The code a request or response over the limit fails with: `…PayloadSizeLimitExceeded` by default; Excel on
   * the web has also answered `GeneralException`, over HTTP 500 (office-js issue 1314, office-js-docs-reference 354).
   */
  readonly oversizeCode?: "PayloadSizeLimitExceeded" | "GeneralException";
}

/**
 * Excel as its documentation and issue tracker describe it where the default fake is kinder: workbook names under
 * every sheet's names, an oversize request or response answered `GeneralException`. Merged areas are always
 * read by their top-left cell, and fail past 512 (`Range.getMergedAreasOrNullObject`). See docs/excel-host.md.
 */
export const DOCUMENTED_EXCEL: FakeExcelOptions = { workbookNamesOnEverySheet: true, oversizeCode: "GeneralException" };

/**
 * A failure to inject: at the start of the `sync`-th round trip (1-based), or at the `occurrence`-th execution
 * (default the first) of `operation` (`Range.merge`, `Worksheet.name`, `WorksheetCollection.add`, …). Commands
 * executed before it stay done, as in Excel, whose batches are not transactions.
 */
export interface FailureRule {
  readonly sync?: number;
  readonly operation?: string;
  readonly occurrence?: number;
  /** Default `GeneralException`. */
  readonly code?: string;
  readonly message?: string;
}

export interface ExecutedOperation {
  readonly label: string;
  readonly sync: number;
}

export interface SyncPayload {
  /** Approximate JSON bytes sent and received in that round trip. */
  readonly request: number;
  response: number;
}

export type ExcelRunLike = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FakeExcel {
  readonly workbook: FakeWorkbook;
  /** Has the signature of `Excel.run`. */
  readonly run: ExcelRunLike;
  /** Round trips so far. */
  readonly syncCount: number;
  readonly payloads: readonly SyncPayload[];
  /** Every command executed so far, in order: its label (what `failOn` names) and its round trip (1-based). */
  readonly operations: readonly ExecutedOperation[];
  /** `Office.context.requirements.isSetSupported` for this host. */
  readonly isSetSupported: (name: string, version?: string) => boolean;
  failOn(rule: FailureRule): void;
  /** The user types `values` into the block at `address` on the sheet (one change event, src/fake-excel/user-edit.ts). */
  edit(sheet: string, address: string, values: unknown[][]): void;
  /** `onChanged` handlers registered and not removed. */
  readonly changeHandlerCount: number;
}

export function createFakeExcel(workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  return new FakeHost(workbook, options);
}

export class FakeHost implements FakeExcel {
  readonly payloads: SyncPayload[] = [];
  readonly operations: ExecutedOperation[] = [];
  readonly events = new ChangeEvents();
  private readonly failures: { rule: FailureRule; seen: number }[];
  private readonly apiVersion: string;
  private readonly calculated = new Map<FakeCell, FakeSheet>();
  private changed = false;
  private nextSheet: number;

  constructor(
    readonly workbook: FakeWorkbook,
    private readonly options: FakeExcelOptions = {},
  ) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.failures = (options.failures ?? []).map((rule) => ({ rule, seen: 0 }));
    this.nextSheet = workbook.sheets.length + 1;
  }

  get syncCount(): number {
    return this.payloads.length;
  }

  readonly run: ExcelRunLike = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const promise = batch(context as unknown as Excel.RequestContext);
    if (!(promise instanceof Promise)) throw officeError("RunMustReturnPromise", "Excel.run");
    const result = await promise;
    // Excel.run sends what the batch left queued.
    if (context.pending) await context.sync();
    return result;
  };

  readonly isSetSupported = (name: string, version = "1.1"): boolean =>
    name === "ExcelApi" && compareVersions(version, this.apiVersion) <= 0;

  failOn(rule: FailureRule): void {
    this.failures.push({ rule, seen: 0 });
  }

  edit(sheet: string, address: string, values: unknown[][]): void {
    userEdit(this, sheet, address, values);
  }

  get changeHandlerCount(): number {
    return this.events.handlerCount;
  }

  async sync(context: FakeRequestContext): Promise<void> {
    const { entries, bytes } = context.take();
    const payload: SyncPayload = { request: bytes + 200, response: 0 };
    this.payloads.push(payload);
    // A round trip is never synchronous, and Excel's answer comes from another process (or frame, on the web):
    // the pane's thread is free until it arrives, in a task of its own (docs/excel-host.md).
    await nextTask();
    const forSync = this.failures.find((f) => f.rule.sync === this.payloads.length && f.rule.operation === undefined);
    if (forSync) throw this.injected(forSync.rule, "RequestContext.sync");
    if (payload.request > (this.options.requestLimit ?? PAYLOAD_LIMIT)) throw this.oversize("RequestPayloadSizeLimitExceeded");

    const deliveries: Delivery[] = [];
    context.executing = true;
    try {
      for (const entry of entries) {
        const delivery = this.execute(entry);
        if (delivery) deliveries.push(delivery);
      }
    } finally {
      context.executing = false;
      this.recalculate();
      // Edits made before a failure stay done, and are reported as in Excel.
      this.events.deliver();
    }
    payload.response = 100 + deliveries.reduce((sum, d) => sum + d.bytes, 0);
    if (payload.response > (this.options.responseLimit ?? PAYLOAD_LIMIT)) throw this.oversize("ResponsePayloadSizeLimitExceeded");
    deliveries.forEach((d) => d.deliver());
  }

  private execute(entry: QueueEntry): Delivery | void {
    if (entry.since !== undefined && compareVersions(entry.since, this.apiVersion) > 0) throw officeError("ApiNotFound", entry.label);
    // Every rule on this operation counts it, so two rules on one operation each fire at their own occurrence.
    const matching = this.failures.filter((f) => f.rule.operation === entry.label);
    for (const f of matching) f.seen += 1;
    const failure = matching.find((f) => f.seen === (f.rule.occurrence ?? 1));
    if (failure) throw this.injected(failure.rule, entry.label);
    this.operations.push({ label: entry.label, sync: this.payloads.length });
    try {
      return entry.run();
    } catch (error) {
      if (error instanceof FakeOfficeError) throw error;
      throw officeError("GeneralException", entry.label, error instanceof Error ? error.message : String(error));
    }
  }

  private oversize(code: string): FakeOfficeError {
    const error = officeError(this.options.oversizeCode === "GeneralException" ? "GeneralException" : code, "RequestContext.sync");
    return this.options.oversizeCode === "GeneralException" ? Object.assign(error, { httpStatusCode: 500 }) : error;
  }

  /** Whether `worksheet.names` lists the workbook's names too (Excel on the web). */
  get workbookNamesOnEverySheet(): boolean {
    return this.options.workbookNamesOnEverySheet === true;
  }

  private injected(rule: FailureRule, location: string): FakeOfficeError {
    return new FakeOfficeError(rule.code ?? "GeneralException", rule.message, location);
  }

  /** Fails a command that needs a newer requirement set than the host's. */
  requireApi(version: string, location: string): void {
    if (compareVersions(version, this.apiVersion) > 0) throw officeError("ApiNotFound", location);
  }

  newSheetId(): string {
    return sheetId(this.nextSheet++);
  }

  /** A formula written through the API: calculated by the fake from now on. */
  calculates(cell: FakeCell, sheet: FakeSheet): void {
    this.calculated.set(cell, sheet);
  }

  markChanged(): void {
    this.changed = true;
  }

  /** Recalculates the written formulas after a change, as Excel does before anything is read. */
  recalculate(): void {
    if (!this.changed) return;
    this.changed = false;
    const done = new Set<FakeCell>();
    const busy = new Set<FakeCell>();
    const calculate = (cell: FakeCell, sheet: FakeSheet): void => {
      if (done.has(cell) || cell.formula === undefined) return;
      if (busy.has(cell)) return; // a circular reference keeps its last value
      busy.add(cell);
      cell.value = evaluateFormula(cell.formula, (name, row, col) => {
        const target = name === undefined ? sheet : findSheet(this.workbook, name);
        if (target === undefined) return { error: "#REF!" };
        const ref = cellAt(target, row, col);
        if (ref !== undefined && this.calculated.get(ref) === target) calculate(ref, target);
        return ref?.value;
      });
      busy.delete(cell);
      done.add(cell);
    };
    for (const [cell, sheet] of this.calculated) {
      const stillThere = this.workbook.sheets.includes(sheet) && cell.formula !== undefined;
      if (stillThere) calculate(cell, sheet);
      else this.calculated.delete(cell);
    }
  }
}

/** Compares `1.9` and `1.13` as requirement sets do: by number, not as text. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
