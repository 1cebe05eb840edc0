import { acceptFinding, findingKey, splitAccepted, withAcceptance } from "../../src/core/stamp/acceptance";
import { canonicalRange, fingerprintGrids } from "../../src/core/stamp/fingerprint";
import { EMPTY_RECORD, recordFromXml, recordToXml, type WorkbookRecord } from "../../src/core/stamp/record";
import { compareWithStamp, differingNames, type Stamp } from "../../src/core/stamp/stamp";
import type { Finding } from "../../src/core/finding";
import type { Grid } from "../../src/core/grid";

const grid = (name: string, values: Grid["values"], top = 0): Grid => ({ name, sheet: "예산", top, left: 0, values });

describe("fingerprint", () => {
  it("ignores what a re-save may change: float noise, NFD text, empty cells and clipping", () => {
    const a = grid("Budget", [["사업", 0.1 + 0.2], [null, ""]]);
    const b = grid("Budget", [["사업".normalize("NFD"), 0.3]]);
    expect(canonicalRange(a)).toBe(canonicalRange(b));
    expect(fingerprintGrids([a]).hash).toBe(fingerprintGrids([b]).hash);
  });

  it("tells the number 1 from the text '1', and notices a value that moved to another cell", () => {
    const base = fingerprintGrids([grid("Budget", [[1]])]).hash;
    expect(fingerprintGrids([grid("Budget", [["1"]])]).hash).not.toBe(base);
    expect(fingerprintGrids([grid("Budget", [[1]], 1)]).hash).not.toBe(base);
  });

  it("does not depend on the order ranges were read in", () => {
    const x = grid("Budget", [[1]]);
    const y = grid("Staff", [[2]]);
    expect(fingerprintGrids([x, y])).toEqual(fingerprintGrids([y, x]));
  });
});

describe("stamp comparison", () => {
  const then = fingerprintGrids([grid("Budget", [[1]]), grid("Staff", [[2]])]);
  const stamp: Stamp = { when: "2026-11-25T00:00:00.000Z", version: "0.1.0", asOf: "2018-09-30", counts: { error: 0, warning: 1, info: 0, accepted: 0 }, ...then };

  it("finds nothing changed when the data is the same", () => {
    expect(compareWithStamp(stamp, then).unchanged).toBe(true);
  });

  it("names a changed, an added and a removed range", () => {
    const now = fingerprintGrids([grid("budget", [[9]]), grid("Inventory", [[3]])]);
    const comparison = compareWithStamp(stamp, now);
    expect(comparison.unchanged).toBe(false);
    expect(differingNames(comparison)).toEqual(["budget", "Inventory", "Staff"]);
  });
});

const finding = (data: Finding["data"]): Finding => ({
  severity: "error",
  rule: "budget/total-mismatch",
  name: "Budget",
  sheet: "예산",
  cell: "B4",
  messageId: "total",
  data,
  message: "…",
});

describe("acceptances", () => {
  it("accepts the finding whose rule, cell and values match, and lets it lapse when the values change", () => {
    const f = finding({ stated: 100, expected: 90 });
    const acceptance = acceptFinding(f, "예산과 승인", "2026-11-25T00:00:00.000Z", "김주무관");
    expect(splitAccepted([f], [acceptance])).toEqual({ open: [], accepted: [{ finding: f, acceptance }], lapsed: [] });
    const changed = finding({ stated: 101, expected: 90 });
    expect(splitAccepted([changed], [acceptance])).toEqual({ open: [changed], accepted: [], lapsed: [acceptance] });
  });

  it("keys the data regardless of key order", () => {
    expect(findingKey(finding({ a: 1, b: "x" }))).toBe(findingKey(finding({ b: "x", a: 1 })));
  });

  it("keeps one acceptance per finding's place", () => {
    const first = acceptFinding(finding({ v: 1 }), "one", "t1");
    const second = acceptFinding(finding({ v: 2 }), "two", "t2");
    expect(withAcceptance([first], second)).toEqual([second]);
  });
});

describe("the record's XML", () => {
  it("round-trips a stamp and acceptances, text with quotes, ampersands and newlines included", () => {
    const record: WorkbookRecord = {
      stamp: {
        when: "2026-11-25T16:00:00.000Z",
        version: "0.1.0",
        asOf: "2018-09-30",
        counts: { error: 0, warning: 2, info: 1, accepted: 1 },
        ranges: [{ name: "예산_본청", sheet: "A & \"B\"", hash: "ab" }],
        hash: "cd",
      },
      accepted: [{ rule: "r", sheet: "s", cell: "B4", key: "k", reason: "<승인>\n2행 'x'", by: "김", when: "w" }, { rule: "r2", sheet: "s", cell: "C1", key: "k", reason: "x", when: "w" }],
    };
    expect(recordFromXml(recordToXml(record))).toEqual(record);
    expect(recordFromXml(recordToXml(EMPTY_RECORD))).toEqual(EMPTY_RECORD);
  });

  it("round-trips the rule severities saved with the workbook and those a stamp was made under", () => {
    const record: WorkbookRecord = {
      stamp: {
        when: "w",
        version: "0.1.0",
        asOf: "2018-09-30",
        counts: { error: 0, warning: 0, info: 0, accepted: 0 },
        ranges: [],
        hash: "cd",
        rules: [
          { rule: "budget/over-executed", level: "warning", source: "option" },
          { rule: "cell/number-as-text", level: "off", source: "workbook" },
        ],
      },
      accepted: [],
      rules: { "cell/number-as-text": "off", "inventory/due-soon": "warning" },
    };
    const xml = recordToXml(record);
    expect(xml).toContain('rules="budget/over-executed=warning@option cell/number-as-text=off@workbook"');
    expect(xml).toContain('<rule id="cell/number-as-text" level="off"/>');
    expect(recordFromXml(xml)).toEqual(record);
  });

  it("leaves a rule at its default when its saved level is none it knows", () => {
    const xml = recordToXml({ stamp: null, accepted: [], rules: { "budget/over-executed": "warning" } }).replace('level="warning"', 'level="loud"');
    expect(recordFromXml(xml)).toEqual({ stamp: null, accepted: [] });
  });

  it("reads the part back with a prefix Excel may have chosen, and refuses another program's part", () => {
    const xml = recordToXml({ stamp: null, accepted: [{ rule: "r", sheet: "s", cell: "A1", key: "k", reason: "x", when: "w" }] })
      .replace(/<(\/?)(budgetCheck|accepted)/g, "<$1ns0:$2")
      .replace('xmlns="', 'xmlns:ns0="');
    expect(recordFromXml(xml)?.accepted).toHaveLength(1);
    expect(recordFromXml('<root xmlns="urn:other"><accepted rule="x"/></root>')).toBeNull();
  });
});
