/**
 * The list's order for each checked result, made after the result arrives and in pieces (`orderFindings`), the
 * thread given back between them, so that the counts, drawn first, and the user's keys are not held up by tens
 * of thousands of findings. A result that arrives meanwhile wins: the older one's order is dropped unseen. Each
 * order is made from the one shown before, whose findings a live re-check keeps.
 */
import { browserTimer, createPace, type PaceTimer } from "../../app/pace";
import { finishPaced } from "../../core/pieces";
import type { CheckedOutcome } from "../host";
import { orderFindings, type OrderedFindings } from "./finding-rows";

/** A result with its findings in the list's order. */
export interface Listed {
  readonly outcome: CheckedOutcome;
  readonly ordered: OrderedFindings;
}

/**
 * Orders each result handed to it, showing the order of the latest only. `promptly`, for an edit's re-check,
 * whose order mostly reuses the one shown (milliseconds): listed with its counts, in one frame, not one frame
 * after them; a long order is still paced.
 */
export function createListing(show: (listed: Listed) => void, timer: PaceTimer = browserTimer): (outcome: CheckedOutcome, promptly?: boolean) => Promise<void> {
  let latest: CheckedOutcome | undefined;
  let shown: OrderedFindings | undefined;
  return async (outcome, promptly = false) => {
    latest = outcome;
    // The frame with the counts first: the order is begun in a task of its own (promptly, once the counts are set).
    await (promptly ? Promise.resolve() : timer.yieldThread());
    if (latest !== outcome) return;
    const pace = createPace(() => undefined, timer);
    const ordered = await finishPaced(orderFindings(outcome.findings, outcome.ranges, shown), pace, { step: "list", findings: outcome.findings.length });
    // And drawn in a task of its own: the list's first render measures its rows, tens of milliseconds at 30,000.
    if (!promptly) await timer.yieldThread();
    if (latest !== outcome) return;
    shown = ordered;
    show({ outcome, ordered });
  };
}
