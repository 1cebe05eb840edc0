/**
 * The live re-check on the fake Excel host, through the pane's store and the Office.js host as the pane runs
 * them: edits are heard through `onChanged`, gathered for 300 ms, and only the ranges they touched are read and
 * checked again; the result changes in place.
 */
import { patchCell } from "../../scripts/sample/workbook-fixture";
import type { FakeExcel } from "../../src/fake-excel";
import type { CheckedOutcome } from "../../src/taskpane/host";
import { LIVE_DELAY_MS } from "../../src/taskpane/state/live-recheck";
import { createPaneStore, type PaneStore } from "../../src/taskpane/state/store";
import { readSettings, withDefaults } from "../../src/taskpane/settings";
import { addinOn } from "../helpers/addin";
import { plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";
import { fakeExcelOf } from "../workbook/office/helpers";

const BUDGET_TOTAL = 4_165_473;
const AS_OF = { asOf: "2018-09-30", dueWithinMonths: 12, lang: "ko", tolerance: 0.5 } as const;

/** The sample with its budget total 90 too high, in the fake host, the pane's store on it, Validate done. */
async function validatedPane(settings: { liveRecheck?: boolean } = {}) {
  const fake = await fakeExcelOf(await plantedXlsx((f) => patchCell(f, SAMPLE_SHEETS.budget, "B4", { result: BUDGET_TOTAL + 90 })));
  const host = addinOn(fake, "부서.xlsx");
  host.loadSettings = async () => ({ ...AS_OF, ...settings });
  host.saveSettings = async () => undefined;
  const recheck = jest.spyOn(host, "recheck");
  const store = createPaneStore(host);
  const stop = store.startLive();
  await store.validate();
  // The handler is added by a round trip of its own once the result is shown: an edit before it is not heard,
  // as in Excel.
  if (settings.liveRecheck !== false) await waitFor(() => expect(fake.changeHandlerCount).toBeGreaterThan(0));
  return { fake, host, store, recheck, stop };
}

function outcomeOf(store: PaneStore): CheckedOutcome {
  const { outcome } = store.getState();
  if (outcome?.kind !== "checked") throw new Error(`no result: ${outcome?.kind}`);
  return outcome;
}

const totalMismatch = (outcome: CheckedOutcome) =>
  outcome.findings.filter((f) => f.rule === "budget/total-mismatch" && f.sheet === SAMPLE_SHEETS.budget && f.cell === "B4");

/** Polls until the expectation holds (the re-check runs on timers and the host's round trips), for up to 15 s. */
async function waitFor(expectation: () => void): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    try {
      expectation();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Waits out the quiet time and the re-check that follows it. */
const quietTime = () => new Promise((resolve) => setTimeout(resolve, LIVE_DELAY_MS + 100));

/** Round trips the fake host answers from now on. */
function syncsFrom(fake: FakeExcel): () => number {
  const before = fake.syncCount;
  return () => fake.syncCount - before;
}

// Validate reads the whole sample on the fake host, again when the settings are saved: seconds on a loaded machine.
jest.setTimeout(30_000);

describe("the live re-check", () => {
  it("takes a fixed total's finding away, keeps every other finding the same object, and counts again", async () => {
    const { fake, store } = await validatedPane();
    const before = outcomeOf(store);
    expect(totalMismatch(before)).toHaveLength(1);
    fake.edit(SAMPLE_SHEETS.budget, "B4", [[BUDGET_TOTAL]]);
    await waitFor(() => expect(totalMismatch(outcomeOf(store))).toEqual([]));
    const after = outcomeOf(store);
    expect(after.counts.error).toBe(before.counts.error - 1);
    // Findings of the ranges not touched are the very objects the list already shows.
    const others = before.findings.filter((f) => f.name !== "Budget");
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((f) => after.findings.includes(f))).toBe(true);
  });

  it("re-checks a register's edited row alone: its new finding appears in place, every other stays the same object", async () => {
    const { fake, store } = await validatedPane();
    const before = outcomeOf(store);
    const syncs = syncsFrom(fake);
    fake.edit(SAMPLE_SHEETS.inventory, "D10", [[0]]);
    const quantity = (outcome: CheckedOutcome) => outcome.findings.filter((f) => f.rule === "inventory/bad-quantity" && f.cell === "D10");
    await waitFor(() => expect(quantity(outcomeOf(store))).toHaveLength(1));
    const after = outcomeOf(store);
    expect(syncs()).toBe(3);
    expect(after.counts.error).toBe(before.counts.error + 1);
    expect(after.findings.filter((f) => !before.findings.includes(f))).toEqual(quantity(after));
    fake.edit(SAMPLE_SHEETS.inventory, "D10", [[1]]);
    await waitFor(() => expect(quantity(outcomeOf(store))).toEqual([]));
    // Fixed again: the list is the one first shown, object for object.
    const fixed = outcomeOf(store).findings;
    expect(fixed).toHaveLength(before.findings.length);
    fixed.forEach((f, i) => expect(f).toBe(before.findings[i]));
  });

  it("shows a new error where an edit makes one, at the cell it is about", async () => {
    const { fake, store } = await validatedPane();
    fake.edit(SAMPLE_SHEETS.budget, "B4", [[BUDGET_TOTAL]]);
    await waitFor(() => expect(totalMismatch(outcomeOf(store))).toEqual([]));
    const errors = outcomeOf(store).counts.error;
    fake.edit(SAMPLE_SHEETS.budget, "B5", [["1"]]);
    await waitFor(() => expect(totalMismatch(outcomeOf(store))).toHaveLength(1));
    expect(outcomeOf(store).counts.error).toBeGreaterThan(errors);
  });

  it("gathers three quick edits into one re-check of one read, after 300 ms of quiet", async () => {
    const { fake, store, recheck } = await validatedPane();
    const syncs = syncsFrom(fake);
    fake.edit(SAMPLE_SHEETS.budget, "B4", [[BUDGET_TOTAL + 1]]);
    fake.edit(SAMPLE_SHEETS.budget, "B4", [[BUDGET_TOTAL + 2]]);
    fake.edit(SAMPLE_SHEETS.budget, "B4", [[BUDGET_TOTAL]]);
    await new Promise((resolve) => setTimeout(resolve, LIVE_DELAY_MS / 2));
    expect(recheck).not.toHaveBeenCalled();
    await waitFor(() => expect(totalMismatch(outcomeOf(store))).toEqual([]));
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(recheck.mock.calls[0][0]).toHaveLength(3);
    // The outline (to see that no range moved), the used area of the budget's sheet, then its cells.
    expect(syncs()).toBe(3);
  });

  it("reads nothing for an edit outside every checked range", async () => {
    const { fake, store, recheck } = await validatedPane();
    const before = store.getState().outcome;
    const syncs = syncsFrom(fake);
    fake.edit(SAMPLE_SHEETS.budget, "H40", [["메모"]]);
    await quietTime();
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(syncs()).toBe(0);
    expect(store.getState().outcome).toBe(before);
  });

  it("validates the whole workbook again when the budget's name was redefined", async () => {
    const { fake, store } = await validatedPane();
    const budget = fake.workbook.names.find((n) => n.name === "Budget")!;
    const last = Number(/\$D\$(\d+)$/.exec(budget.formula)![1]);
    budget.formula = budget.formula.replace(/\$D\$\d+$/, `$D$${last - 1}`);
    fake.edit(SAMPLE_SHEETS.budget, "B4", [[BUDGET_TOTAL]]);
    await waitFor(() => expect(outcomeOf(store).ranges.find((r) => r.name === "Budget")?.range).toBe(`A3:D${last - 1}`));
  });

  it("does nothing with the setting off: no handler is registered", async () => {
    const { fake, store, recheck } = await validatedPane({ liveRecheck: false });
    const before = store.getState().outcome;
    expect(fake.changeHandlerCount).toBe(0);
    fake.edit(SAMPLE_SHEETS.budget, "B4", [[BUDGET_TOTAL]]);
    await quietTime();
    expect(recheck).not.toHaveBeenCalled();
    expect(store.getState().outcome).toBe(before);
  });

  it("removes its handler when the setting is turned off, and when the pane goes", async () => {
    const { fake, store, stop } = await validatedPane();
    await waitFor(() => expect(fake.changeHandlerCount).toBe(1));
    await store.saveSettings({ ...store.getState().settings, liveRecheck: false });
    await waitFor(() => expect(fake.changeHandlerCount).toBe(0));
    await store.saveSettings({ ...store.getState().settings, liveRecheck: true });
    await waitFor(() => expect(fake.changeHandlerCount).toBe(1));
    stop();
    await waitFor(() => expect(fake.changeHandlerCount).toBe(0));
  });
});

describe("the live re-check's setting", () => {
  it("is read back from the workbook only as a boolean; anything else leaves it on", () => {
    expect(readSettings({ liveRecheck: false })).toEqual({ liveRecheck: false });
    expect(readSettings({ liveRecheck: "off" })).toEqual({});
    expect(withDefaults({}).liveRecheck).toBe(true);
  });
});
