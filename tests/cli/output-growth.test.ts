/**
 * The CLI's outputs grow linearly with the findings: 60,000 on one sheet once took 25 s in text, each line copying
 * the sheet's list so far. Four times the findings, at most eight times the time (tests/helpers/growth.ts).
 */
import type { Finding } from "../../src/core/finding";
import { jsonReport } from "../../src/cli/format/json";
import { jsonPieces } from "../../src/cli/format/pieces";
import { textLines } from "../../src/cli/format/text";
import { expectLinear } from "../helpers/growth";

jest.setTimeout(120_000);

const CONTEXT = { asOf: "2018-09-30", asOfSource: "option", units: [], ruleSettings: { overrides: [] } } as const;

/** `n` findings on one sheet, as a register's due-soon devices are. */
function findings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    severity: "info",
    rule: "inventory/due-soon",
    name: "Inventory",
    sheet: "장비",
    cell: `F${i + 4}`,
    message: `IT-${String(i).padStart(7, "0")}: 교체 예정일 2019-05-01 (12개월 이내)`,
    messageId: "dueSoon",
    data: {},
  }));
}

describe("four times the findings, at most eight times the time", () => {
  it("in text", async () => {
    await expectLinear((n) => {
      const list = findings(n);
      return () => [...textLines("장비.xlsx", CONTEXT, list, "ko", false)].length;
    }, 5_000);
  });

  it("in JSON", async () => {
    await expectLinear((n) => {
      const list = findings(n);
      return () => [...jsonPieces(jsonReport("장비.xlsx", CONTEXT, list))].length;
    }, 5_000);
  });
});
