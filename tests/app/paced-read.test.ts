/**
 * Validate's read as the pane runs it (readSubjects with a pace) over the Office adapter, for a register named
 * and for one found by its header words: the same tables as the straight read, made and parsed in pieces with
 * pauses all along the register.
 */
import { readSubjects } from "../../src/app/check-workbook";
import { defaultOptions } from "../../src/core/options";
import type { Progress } from "../../src/core/progress";
import { PIECE_ROWS } from "../../src/core/pieces";
import { createFakeExcel, fakeWorkbookFromXlsx } from "../../src/fake-excel";
import { SEED_TODAY, withLots } from "../helpers/sample";
import { officeSource } from "../workbook/office/helpers";

const LOTS = 5_000;

async function registerSource(named: boolean) {
  const model = await fakeWorkbookFromXlsx(await withLots(LOTS));
  if (!named) model.names = model.names.filter((name) => name.name !== "Inventory");
  return officeSource(createFakeExcel(model));
}

describe.each([
  ["named", true, 1],
  ["found by its header words", false, 3],
])("reading a register %s with a pace", (_, named, passes) => {
  it("gives the tables the straight read gives, pausing every PIECE_ROWS rows while making grids and parsing", async () => {
    const source = await registerSource(named);
    const options = defaultOptions(SEED_TODAY, {});
    const heard: Progress[] = [];
    const paced = await readSubjects(source, options, async (progress) => void heard.push(progress));
    const plain = await readSubjects(source, options);
    expect(paced).toEqual(plain);
    if (paced.kind !== "read") throw new Error("nothing read");
    const register = paced.subjects.find((subject) => subject.kind === "inventory");
    expect(register && register.kind === "inventory" && register.lotRows.length).toBe(LOTS);
    expect(paced.detected.length > 0).toBe(!named);

    const steps = heard.map((p) => p.step);
    expect(steps.filter((step) => step === "read").length).toBeGreaterThanOrEqual(Math.floor(LOTS / PIECE_ROWS));
    // A pause between the planned tables, and on either side of parsing a found one; beyond those, within the
    // register: named, its rows parsed; found, its rows looked at, cut out and parsed.
    const aroundTables = paced.plan.reads.length + 2 * paced.detected.length;
    expect(steps.filter((step) => step === "parse").length).toBeGreaterThanOrEqual(aroundTables + passes * Math.floor(LOTS / PIECE_ROWS));
    expect(steps.lastIndexOf("read")).toBeLessThan(steps.indexOf("parse"));
  });
});
