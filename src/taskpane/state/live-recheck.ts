/**
 * The live re-check: while the pane is open with a result (or a first Validate under way) and the setting is on, the
 * host reports each edit; 300 ms after the last one, the edits gathered are handed to the host at once, which
 * re-reads only what they touched. Nothing is read per edit. A result that a Validate (or any other action) has
 * replaced meanwhile is dropped; edits heard while an action runs are re-checked once its result is shown, since
 * its read may have come before them.
 */
import type { SheetEdit, StopWatching } from "../../workbook/port";
import type { Lang } from "../../core/finding";
import type { AddinHost, PaneSettings, ValidateOutcome } from "../host";

/** What the re-check reads of the pane's state. */
interface PaneNow {
  readonly busy: unknown;
  readonly outcome?: ValidateOutcome;
  readonly settings: PaneSettings;
  readonly lang: Lang;
}

/** Quiet time after the last edit before the re-check: typing across cells makes one re-check, not one each. */
export const LIVE_DELAY_MS = 300;

export interface LiveHooks {
  readonly host: AddinHost;
  readonly state: () => PaneNow;
  /** Counts the actions that replace the result: a re-check started before one is stale. */
  readonly generation: () => number;
  readonly show: (outcome: ValidateOutcome) => void;
  readonly fail: (error: unknown) => void;
}

export interface LiveRecheck {
  /** The pane is shown: hear edits while the setting is on. Returns what the pane calls as it goes. */
  start(): () => void;
  /** The settings or the result changed: start or stop hearing edits. */
  changed(): void;
}

export function createLiveRecheck({ host, state, generation, show, fail }: LiveHooks): LiveRecheck {
  let shown = false;
  let watching: Promise<StopWatching | undefined> | undefined;
  let edits: SheetEdit[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();

  // Before any result there is nothing to re-check; but from the first Validate on, an edit typed while it runs
  // must be heard, or its result would stand for cells the user has since changed.
  const wanted = () => {
    const { busy, outcome, settings } = state();
    return shown && (outcome?.kind === "checked" || busy !== null) && settings.liveRecheck !== false && host.watchEdits !== undefined && host.recheck !== undefined;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(recheck, LIVE_DELAY_MS);
  };

  const recheck = () => {
    const { busy, outcome, settings, lang } = state();
    if (busy !== null) return schedule(); // the action under way reads the workbook anyway; look again after it
    const batch = edits;
    edits = [];
    if (outcome?.kind !== "checked" || batch.length === 0 || !host.recheck) return;
    const started = generation();
    const run = host.recheck;
    queue = queue.then(async () => {
      try {
        const result = await run(batch, settings, lang);
        if (generation() === started && result.kind !== "untouched") show(result);
      } catch (error) {
        fail(error);
      }
    });
  };

  const onEdit = (edit: SheetEdit) => {
    edits.push(edit);
    schedule();
  };

  const update = () => {
    if (wanted() && watching === undefined && host.watchEdits) {
      watching = host.watchEdits(onEdit).catch((error: unknown) => {
        fail(error);
        return undefined;
      });
    } else if (!wanted() && watching !== undefined) {
      const stopping = watching;
      watching = undefined;
      clearTimeout(timer);
      edits = [];
      void stopping.then((stop) => stop?.()).catch(fail);
    }
  };

  return {
    start() {
      shown = true;
      update();
      return () => {
        shown = false;
        update();
      };
    },
    changed: update,
  };
}
