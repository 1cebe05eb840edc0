/** The list's order made in pieces after each result (state/listing.ts), the latest result's order alone shown. */
import type { PaceTimer } from "../../../src/app/pace";
import { finish, PIECE_ROWS } from "../../../src/core/pieces";
import type { CheckedOutcome } from "../../../src/taskpane/host";
import { orderFindings } from "../../../src/taskpane/state/finding-rows";
import { createListing, type Listed } from "../../../src/taskpane/state/listing";
import { finding, RANGES } from "../../helpers/fake-host";
import { stepThrough } from "../../helpers/pieces";

const outcomeOf = (count: number): CheckedOutcome => {
  const findings = Array.from({ length: count }, (_, i) => finding(i % 3 === 0 ? "error" : "info", "Inventory", "장비", `C${i + 4}`, `${i}`));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { severity } of findings) counts[severity] += 1;
  return { kind: "checked", findings, counts, asOf: "2018-12-31", asOfSource: "option", ranges: RANGES };
};

/** A clock that moves 100 ms a reading, so the pace yields at every pause; counts the yields. */
function everyPause(): PaceTimer & { yields: number } {
  let at = 0;
  const timer = {
    yields: 0,
    now: () => (at += 100),
    yieldThread: () => {
      timer.yields += 1;
      return new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
  return timer;
}

describe("ordering the list in pieces", () => {
  it("pauses every PIECE_ROWS findings", () => {
    let pieces = 0;
    const { sections } = stepThrough(orderFindings(outcomeOf(2 * PIECE_ROWS + 1).findings, RANGES), () => (pieces += 1));
    expect(pieces).toBe(3);
    expect(sections[0].bySeverity.error).toHaveLength(Math.ceil((2 * PIECE_ROWS + 1) / 3));
  });

  it("gives the thread back between the pieces and shows the order it made", async () => {
    const timer = everyPause();
    const shown: Listed[] = [];
    const outcome = outcomeOf(3 * PIECE_ROWS);
    await createListing((listed) => shown.push(listed), timer)(outcome);
    // Once before it begins (the counts are drawn first), after each of the three pieces, and before it is shown.
    expect(timer.yields).toBe(5);
    expect(shown).toHaveLength(1);
    expect(shown[0].outcome).toBe(outcome);
    expect(shown[0].ordered).toEqual(finish(orderFindings(outcome.findings, outcome.ranges)));
  });

  it("lists an edit's result promptly, without giving the thread back first, and paces a long order all the same", async () => {
    const timer = everyPause();
    const shown: Listed[] = [];
    const list = createListing((listed) => shown.push(listed), timer);
    const small = outcomeOf(5);
    const listed = list(small, true);
    await Promise.resolve();
    await Promise.resolve();
    // Shown within the same task: no yield, no frame waited for between the counts and the list.
    expect(shown.map((l) => l.outcome)).toEqual([small]);
    await listed;
    expect(timer.yields).toBe(0);
    await list(outcomeOf(3 * PIECE_ROWS), true);
    expect(timer.yields).toBe(3);
  });

  it("drops an older result's order when a newer result arrives while it is being made", async () => {
    const shown: Listed[] = [];
    const list = createListing((listed) => shown.push(listed), everyPause());
    const older = outcomeOf(3 * PIECE_ROWS);
    const newer = outcomeOf(5);
    await Promise.all([list(older), list(newer)]);
    expect(shown.map((listed) => listed.outcome)).toEqual([newer]);
  });

  it("makes each order from the one shown before: a finding a re-check kept keeps its row", async () => {
    const shown: Listed[] = [];
    const list = createListing((listed) => shown.push(listed), everyPause());
    const first = outcomeOf(4);
    const [fixed, ...kept] = first.findings;
    await list(first);
    await list({ ...first, findings: kept });
    const rowsOf = (listed: Listed) => listed.ordered.sections.flatMap((section) => [...section.bySeverity.error, ...section.bySeverity.info]);
    const [before, after] = shown.map(rowsOf);
    expect(after).toHaveLength(3);
    after.forEach((row) => expect(row).toBe(before.find((old) => old.finding === row.finding)));
    expect(after.some((row) => row.finding === fixed)).toBe(false);
  });
});
