import { patchCell } from "../../../scripts/sample/workbook-fixture";
import {
  checkXlsx,
  cleanFindings,
  cleanXlsx,
  expectAdded,
  messagesOf,
  plantedXlsx,
  SAMPLE_SHEETS,
} from "../../helpers/sample";

const RULE = "inventory/overdue";
const { inventory } = SAMPLE_SHEETS;

/** The sample's overdue lots at its as-of date, 2018-09-30 (the disposed 2007 switches and the leased car are not among them). */
const SAMPLE_OVERDUE: [string, string][] = [
  ["F11", "HJ-SV-2006-01: 교체 예정일 2013-11-20이 경과했습니다 (취득 2006-11-20 + 내용연수 7년)."],
  ["F17", "HJ-ST-2010-01: 교체 예정일 2018-07-12가 경과했습니다 (취득 2010-07-12 + 내용연수 8년)."],
  ["F20", "HJ-SC-2011-01: 교체 예정일 2017-06-20이 경과했습니다 (취득 2011-06-20 + 내용연수 6년)."],
  ["F28", "HJ-PC-2013-01: 교체 예정일 2018-06-10이 경과했습니다 (취득 2013-06-10 + 내용연수 5년)."],
  // "2013.06": a month-only date counts from the first of the month.
  ["F32", "HJ-MN-2013-01: 교체 예정일 2018-06-01이 경과했습니다 (취득 2013-06-01 + 내용연수 5년)."],
  ["F38", "HJ-PR-2012-01: 교체 예정일 2018-05-21이 경과했습니다 (취득 2012-05-21 + 내용연수 6년)."],
  ["F42", "HJ-VH-2009-01: 교체 예정일 2016-03-10이 경과했습니다 (취득 2009-03-10 + 내용연수 7년)."],
];

describe(RULE, () => {
  it("warns, at the acquisition date, about exactly the sample's lots past acquired + life", async () => {
    const findings = await cleanFindings();
    expect(messagesOf(findings, RULE)).toEqual(SAMPLE_OVERDUE);
    expect(findings.filter((f) => f.rule === RULE).every((f) => f.severity === "warning" && f.sheet === inventory)).toBe(true);
  });

  it("says it in English when asked", async () => {
    const findings = await checkXlsx(await cleanXlsx(), { lang: "en" });
    expect(messagesOf(findings, RULE)[0]).toEqual(["F11", "HJ-SV-2006-01: due 2013-11-20, overdue (acquired 2006-11-20 + 7-year life)."]);
  });

  it("counts a lot due on the as-of date itself as overdue", async () => {
    const xlsx = await cleanXlsx();
    const dueThatDay = ["F5", "HJ-NW-2012-01: 교체 예정일 2018-11-20이 경과했습니다 (취득 2012-11-20 + 내용연수 6년)."];
    expect(messagesOf(await checkXlsx(xlsx, { asOf: { year: 2018, month: 11, day: 20 } }), RULE)).toContainEqual(dueThatDay);
    expect(messagesOf(await checkXlsx(xlsx, { asOf: { year: 2018, month: 11, day: 19 } }), RULE)).not.toContainEqual(dueThatDay);
  });

  describe("a lot acquired on 29 February", () => {
    let xlsx: Buffer;
    beforeAll(async () => {
      xlsx = await plantedXlsx((f) => patchCell(f, inventory, "F13", { value: new Date(Date.UTC(2012, 1, 29)) }));
    });

    it("falls due on 28 February, after its 7-year life", async () => {
      // At the sample's as-of date it is only due soon.
      await expectAdded(await checkXlsx(xlsx), [{ rule: "inventory/due-soon", severity: "info", sheet: inventory, cell: "F13" }]);
      const findings = await checkXlsx(xlsx, { asOf: { year: 2019, month: 2, day: 28 } });
      expect(messagesOf(findings, RULE)).toContainEqual([
        "F13",
        "HJ-SV-2012-01: 교체 예정일 2019-02-28이 경과했습니다 (취득 2012-02-29 + 내용연수 7년).",
      ]);
    });
  });
});
