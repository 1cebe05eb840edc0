import { registerCommands } from "../../src/commands/register";
import { HostError } from "../../src/taskpane/host";
import { createPaneStore } from "../../src/taskpane/state/store";
import { checkedOutcome, fakeHost, FINDINGS, NO_NAMES } from "../helpers/fake-host";

type Action = (event?: { completed(): void }) => Promise<void>;

/** The parts of Office the ribbon commands use: actions, the shared-runtime check, the pane. */
function fakeOffice(sharedRuntime = true) {
  const actions = new Map<string, Action>();
  const office = {
    actions: { associate: (id: string, action: Action) => actions.set(id, action) },
    addin: { showAsTaskpane: jest.fn(async () => undefined) },
    context: { requirements: { isSetSupported: (name: string) => sharedRuntime && name === "SharedRuntime" } },
  };
  return { office: office as unknown as typeof Office, actions, showAsTaskpane: office.addin.showAsTaskpane };
}

async function press(actions: Map<string, Action>, id: string) {
  const event = { completed: jest.fn() };
  await actions.get(id)!(event);
  return event;
}

describe("ribbon commands", () => {
  it("register Validate and Generate summary under the manifest's action ids", () => {
    const { office, actions } = fakeOffice();
    registerCommands(office, createPaneStore(fakeHost()));
    expect([...actions.keys()].sort()).toEqual(["generateSummary", "validate"]);
  });

  it("Validate shows the pane, runs the store's validate and leaves the result where the pane reads it", async () => {
    const host = fakeHost({ saved: { dueWithinMonths: 6 } });
    const store = createPaneStore(host);
    const { office, actions, showAsTaskpane } = fakeOffice();
    registerCommands(office, store);
    const seen: (string | null)[] = [];
    store.subscribe(() => seen.push(store.getState().busy));

    const event = await press(actions, "validate");

    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(host.loadSettings).toHaveBeenCalledTimes(1);
    expect(host.validate).toHaveBeenCalledWith(expect.objectContaining({ dueWithinMonths: 6 }), "ko", expect.any(Function));
    expect(seen).toContain("validate");
    expect(store.getState()).toMatchObject({ busy: null, outcome: checkedOutcome(), notice: undefined });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("Generate summary writes through the host and reports the sheet in the store", async () => {
    const host = fakeHost();
    const store = createPaneStore(host);
    const { office, actions } = fakeOffice();
    registerCommands(office, store);
    const event = await press(actions, "generateSummary");
    expect(host.generateSummary).toHaveBeenCalledTimes(1);
    expect(store.getState().notice).toEqual({ kind: "written", sheetName: "요약", renamedBecauseTaken: false });
    expect(store.getState().outcome).toEqual(checkedOutcome());
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("still runs, and completes, where there is no shared runtime to show the pane in", async () => {
    const host = fakeHost();
    const { office, actions, showAsTaskpane } = fakeOffice(false);
    registerCommands(office, createPaneStore(host));
    const event = await press(actions, "validate");
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(host.validate).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes the command when the action fails, with the failure in the store for the pane", async () => {
    const host = fakeHost();
    host.generateSummary.mockRejectedValueOnce(new HostError("'요약' 시트를 쓰지 못했습니다.", "AccessDenied"));
    const store = createPaneStore(host);
    const { office, actions } = fakeOffice();
    registerCommands(office, store);
    const event = await press(actions, "generateSummary");
    expect(store.getState().notice).toEqual({ kind: "error", message: "'요약' 시트를 쓰지 못했습니다." });
    expect(store.getState().busy).toBeNull();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("pane store", () => {
  it("reads the workbook's settings once, however many actions wait for them", async () => {
    const host = fakeHost({ saved: { lang: "en" } });
    const store = createPaneStore(host);
    await Promise.all([store.load(), store.validate(), store.load()]);
    expect(host.loadSettings).toHaveBeenCalledTimes(1);
    expect(store.getState().lang).toBe("en");
    expect(host.validate).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }), "en", expect.any(Function));
  });

  it("starts no second action while one runs", async () => {
    const host = fakeHost();
    const store = createPaneStore(host);
    await Promise.all([store.validate(), store.generateSummary(), store.validate()]);
    expect(host.validate).toHaveBeenCalledTimes(1);
    expect(host.generateSummary).not.toHaveBeenCalled();
  });

  it("clears the severity filter when a new result arrives", async () => {
    const store = createPaneStore(fakeHost());
    await store.validate();
    store.toggleSeverity("error");
    store.toggleSeverity("info");
    expect(store.getState().filter).toEqual(["error", "info"]);
    store.toggleSeverity("error");
    expect(store.getState().filter).toEqual(["info"]);
    await store.validate();
    expect(store.getState().filter).toEqual([]);
  });

  it("selects only findings that have a cell", async () => {
    const host = fakeHost();
    const store = createPaneStore(host);
    await store.selectFinding(FINDINGS[4]);
    expect(host.selectCell).not.toHaveBeenCalled();
    await store.selectFinding(FINDINGS[2]);
    expect(host.selectCell).toHaveBeenCalledWith("장비", "F12");
  });

  it("keeps the empty state's outcome from Generate when the workbook has none of the names", async () => {
    const store = createPaneStore(fakeHost({ outcome: NO_NAMES }));
    await store.generateSummary();
    expect(store.getState()).toMatchObject({ outcome: NO_NAMES, notice: undefined });
  });
});
