/**
 * The Set up view's host on the fake Excel host: found tables reach the pane with their range and header words,
 * and naming one (or the selection) adds a workbook-scoped name, after which Validate reads it as named.
 */
import type { CheckedOutcome, CheckedRange } from "../../src/taskpane/host";
import { addinOn, paneSettings } from "../helpers/addin";
import { plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";
import { fakeExcelOf } from "../workbook/office/helpers";

const settings = paneSettings("ko");

async function unnamedSample() {
  const fake = await fakeExcelOf(await plantedXlsx((f) => (f.names = [])));
  return { fake, host: addinOn(fake, "부서.xlsx") };
}

function checked(outcome: unknown): CheckedOutcome {
  expect((outcome as { kind: string }).kind).toBe("checked");
  return outcome as CheckedOutcome;
}

const inventoryOf = (outcome: CheckedOutcome): CheckedRange | undefined =>
  outcome.ranges.find((range) => range.kind === "inventory" && range.sheet === SAMPLE_SHEETS.inventory);

describe("the pane's host, for the Set up view", () => {
  it("hands over each found table with its range and header words; named ranges are not marked found", async () => {
    const { host } = await unnamedSample();
    const outcome = checked(await host.validate(settings, "ko"));
    const inventory = inventoryOf(outcome);
    expect(inventory).toMatchObject({ detected: true, range: expect.stringMatching(/^[A-Z]+\d+:[A-Z]+\d+$/) });
    expect(inventory?.headerWords).toEqual(expect.arrayContaining(["관리번호", "취득일"]));
    expect(outcome.ranges.every((range) => range.detected === true)).toBe(true);
  });

  it("names a found table with one call, and Validate then reads it as named", async () => {
    const { fake, host } = await unnamedSample();
    const found = inventoryOf(checked(await host.validate(settings, "ko")))!;
    const after = checked(await host.defineName!("inventory", found.sheet, found.range!, settings, "ko"));
    expect(fake.workbook.names.map((n) => n.name)).toContain("장비");
    expect(inventoryOf(after)).toMatchObject({ name: "장비", range: found.range });
    expect(inventoryOf(after)?.detected).toBeUndefined();
    expect(after.findings.filter((f) => f.rule === "workbook/detected-table" && f.sheet === found.sheet)).toEqual([]);
  });

  it("names the selection as the kind chosen, in English for an English pane, never over a name in use", async () => {
    const { fake, host } = await unnamedSample();
    const found = inventoryOf(checked(await host.validate(settings, "en")))!;
    await host.selectCell(found.sheet, found.range!);
    await host.nameSelection!("inventory", settings, "en");
    await host.selectCell(found.sheet, found.range!);
    const after = checked(await host.nameSelection!("inventory", settings, "en"));
    expect(fake.workbook.names.map((n) => n.name)).toEqual(expect.arrayContaining(["Inventory", "Inventory_2"]));
    expect(inventoryOf(after)?.detected).toBeUndefined();
  });
});
