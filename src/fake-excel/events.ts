/**
 * `Worksheet.onChanged` (ExcelApi 1.7) and `WorksheetCollection.onChanged` (1.9) as Excel raises them: one
 * `WorksheetChangedEventArgs` per edit or paste, the whole block's address in it, `details` only for a single
 * cell, delivered after the round trip that made the change (never inside it). A handler is registered by
 * `add` at the next sync, and taken away by its result's `remove()` at the sync after that.
 */
import type { CellRect } from "../core/address";
import { rectAddress } from "./address";
import type { FakeRequestContext } from "./context";
import type { FakeHost } from "./host";
import { cellAt, type FakeSheet } from "./model";

/** What a handler is given: the fields of `Excel.WorksheetChangedEventArgs` the fake models. */
export interface FakeChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  /** The changed block on its sheet, without the sheet: `B4`, `A2:C9`. */
  readonly address: string;
  readonly changeType: "RangeEdited";
  /** Every change the fake makes is this session's: no co-author edits (`Remote`). */
  readonly source: "Local";
  /** Only for a change of one cell, as Excel gives it. */
  readonly details?: { readonly valueBefore: unknown; readonly valueAfter: unknown };
}

type ChangedHandler = (args: FakeChangedEventArgs) => unknown;

interface Registration {
  readonly handler: ChangedHandler;
  /** The sheet a `Worksheet.onChanged` handler listens to; undefined for the collection's, which hears all. */
  readonly sheetId?: string;
}

/** The host's registered handlers and the events of the round trip under way. */
export class ChangeEvents {
  private readonly registrations = new Set<Registration>();
  /** Each edit's event, and for a single cell its value before and where to read the value after. */
  private pending: { readonly args: FakeChangedEventArgs; readonly single?: { readonly sheet: FakeSheet; readonly rect: CellRect; readonly valueBefore: unknown } }[] = [];

  /** How many handlers are registered: a test sees a removed one gone. */
  get handlerCount(): number {
    return this.registrations.size;
  }

  register(registration: Registration): void {
    this.registrations.add(registration);
  }

  unregister(registration: Registration): void {
    this.registrations.delete(registration);
  }

  /** Runs one edit of a block and records its event. */
  edited(sheet: FakeSheet, rect: CellRect, apply: () => void): void {
    const single = rect.top === rect.bottom && rect.left === rect.right;
    const valueBefore = single ? shown(sheet, rect) : undefined;
    apply();
    const args: FakeChangedEventArgs = { type: "WorksheetChanged", worksheetId: sheet.id, address: rectAddress(rect), changeType: "RangeEdited", source: "Local" };
    this.pending.push({ args, ...(single && { single: { sheet, rect, valueBefore } }) });
  }

  /**
   * Hands the round trip's events to the handlers registered now, after the sync has returned; a single cell's
   * value after is read once the sync has recalculated the formulas, as the event reports the calculated value.
   */
  deliver(): void {
    if (this.pending.length === 0) return;
    const events = this.pending.map(({ args, single }) =>
      single === undefined ? args : { ...args, details: { valueBefore: single.valueBefore, valueAfter: shown(single.sheet, single.rect) } },
    );
    this.pending = [];
    const handlers = [...this.registrations];
    setTimeout(() => {
      for (const event of events) {
        for (const { handler, sheetId } of handlers) if (sheetId === undefined || sheetId === event.worksheetId) void handler(event);
      }
    }, 0);
  }
}

function shown(sheet: FakeSheet, rect: CellRect): unknown {
  const value = cellAt(sheet, rect.top, rect.left)?.value;
  return typeof value === "object" ? value.error : (value ?? "");
}

/** `OfficeExtension.EventHandlerResult`: `remove()` queues the removal, done at the context's next sync. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly registration: Registration,
    private readonly label: string,
  ) {}

  remove(): void {
    const events = this.context.host.events;
    this.context.enqueue({ label: `${this.label}.remove`, bytes: 60, run: () => events.unregister(this.registration) });
  }
}

/** `OfficeExtension.EventHandlers`: `add` queues the registration, done at the context's next sync. */
export class FakeChangedEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    /** `Worksheet.onChanged` or `WorksheetCollection.onChanged`. */
    private readonly label: string,
    private readonly since: string,
    /** The sheet listened to, found when the sync runs; undefined for the whole collection. */
    private readonly sheetId?: () => string,
  ) {}

  add(handler: ChangedHandler): FakeEventHandlerResult {
    const host: FakeHost = this.context.host;
    const registration: { handler: ChangedHandler; sheetId?: string } = { handler };
    this.context.enqueue({
      label: `${this.label}.add`,
      since: this.since,
      bytes: 60,
      run: () => {
        if (this.sheetId !== undefined) registration.sheetId = this.sheetId();
        host.events.register(registration);
      },
    });
    return new FakeEventHandlerResult(this.context, registration, this.label);
  }
}
