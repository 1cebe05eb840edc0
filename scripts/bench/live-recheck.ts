/**
 * An edit's live re-check, timed through the pane's host on the fake Excel host: the edit typed in as a user
 * would (one change event), then the host's re-check of the edited range and the pane's merge of its result
 * (`keepUnchanged`). The time inside the fake host's round trips is "the host"; the rest, reading the grids it
 * answered, the core on the range and the merge, is what the target speaks of. The pane's bench in Chromium can
 * call this as it is.
 */
import { performance } from "node:perf_hooks";
import type { FakeExcel } from "../../src/fake-excel";
import type { AddinHost, PaneSettings, ValidateOutcome } from "../../src/taskpane/host";
import { keepUnchanged } from "../../src/taskpane/state/keep-unchanged";
import type { SheetEdit } from "../../src/workbook/port";

export interface RecheckTiming {
  readonly syncs: number;
  /** From the edits handed over to the merged result. */
  readonly totalMs: number;
  /** Inside the fake host's round trips. */
  readonly hostMs: number;
  readonly afterHostMs: number;
  /** Bytes of the fake host's responses to the re-check's round trips. */
  readonly responseBytes: number;
  /** Findings on screen after the re-check. */
  readonly findings: number;
}

/** One re-check's figures, and what the pane shows after it: where the next edit starts from. */
export interface TimedRecheck {
  readonly timing: RecheckTiming;
  readonly shown: ValidateOutcome;
}

export async function timeLiveRecheck(
  fake: FakeExcel,
  host: AddinHost,
  shown: ValidateOutcome,
  settings: PaneSettings,
  edit: { readonly sheet: string; readonly address: string; readonly value: unknown },
): Promise<TimedRecheck> {
  if (!host.watchEdits || !host.recheck) throw new Error("the host offers no live re-check");
  const edits: SheetEdit[] = [];
  let heard!: () => void;
  const delivered = new Promise<void>((resolve) => (heard = resolve));
  const stop = await host.watchEdits((e) => {
    edits.push(e);
    heard();
  });
  fake.edit(edit.sheet, edit.address, [[edit.value]]);
  await delivered;
  await stop();
  // The fake host's round trips, timed from outside: each context's sync goes through this method.
  const target = fake as unknown as { sync(context: unknown): Promise<void> };
  const sync = target.sync.bind(fake);
  let hostMs = 0;
  target.sync = async (context) => {
    const start = performance.now();
    try {
      await sync(context);
    } finally {
      hostMs += performance.now() - start;
    }
  };
  const before = fake.syncCount;
  const payloadsBefore = fake.payloads.length;
  const start = performance.now();
  try {
    const result = await host.recheck(edits, settings, settings.lang === "auto" ? "ko" : settings.lang);
    const merged = result.kind === "untouched" ? shown : keepUnchanged(shown, result);
    const totalMs = performance.now() - start;
    const responseBytes = fake.payloads.slice(payloadsBefore).reduce((sum, p) => sum + p.response, 0);
    const findings = merged.kind === "checked" ? merged.findings.length : 0;
    return { timing: { syncs: fake.syncCount - before, totalMs, hostMs, afterHostMs: totalMs - hostMs, responseBytes, findings }, shown: merged };
  } finally {
    delete (target as { sync?: unknown }).sync;
  }
}
