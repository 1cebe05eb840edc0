import { checkXlsx, cleanFindings, cleanXlsx, messagesOf, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "inventory/due-soon";
const { inventory } = SAMPLE_SHEETS;

/** The sample's lots falling due in the 12 months after its as-of date, 2018-09-30. */
const SAMPLE_DUE_SOON: [string, string][] = [
  ["F5", "HJ-NW-2012-01: 12개월 이내 교체 예정입니다 (교체 예정일 2018-11-20)."],
  ["F6", "HJ-NW-2013-01: 12개월 이내 교체 예정입니다 (교체 예정일 2019-04-15)."],
  ["F12", "HJ-SV-2011-01: 12개월 이내 교체 예정입니다 (교체 예정일 2018-11-01)."],
  ["F21", "HJ-SC-2013-01: 12개월 이내 교체 예정입니다 (교체 예정일 2019-01-01)."],
  ["F24", "HJ-TEL-2012-01: 12개월 이내 교체 예정입니다 (교체 예정일 2019-02-01)."],
  ["F29", "HJ-PC-2014-01: 12개월 이내 교체 예정입니다 (교체 예정일 2019-03-17)."],
  ["F33", "HJ-MN-2014-01: 12개월 이내 교체 예정입니다 (교체 예정일 2019-03-17)."],
  ["F36", "HJ-NB-2013-01: 12개월 이내 교체 예정입니다 (교체 예정일 2019-07-22)."],
];

describe(RULE, () => {
  it("informs, at the acquisition date, about exactly the sample's lots due within 12 months", async () => {
    const findings = await cleanFindings();
    expect(messagesOf(findings, RULE)).toEqual(SAMPLE_DUE_SOON);
    expect(findings.filter((f) => f.rule === RULE).every((f) => f.severity === "info" && f.sheet === inventory)).toBe(true);
  });

  it("says it in English when asked", async () => {
    const findings = await checkXlsx(await cleanXlsx(), { lang: "en" });
    expect(messagesOf(findings, RULE)[0]).toEqual(["F5", "HJ-NW-2012-01: due 2018-11-20, within 12 months."]);
  });

  it("follows the window asked for, and a window of 0 months has no lot in it", async () => {
    const xlsx = await cleanXlsx();
    const sixMonths = messagesOf(await checkXlsx(xlsx, { dueWithinMonths: 6 }), RULE);
    expect(sixMonths.map(([cell]) => cell)).toEqual(["F5", "F12", "F21", "F24", "F29", "F33"]);
    expect(sixMonths[0][1]).toBe("HJ-NW-2012-01: 6개월 이내 교체 예정입니다 (교체 예정일 2018-11-20).");
    expect(messagesOf(await checkXlsx(xlsx, { dueWithinMonths: 0 }), RULE)).toEqual([]);
  });

  it("includes a lot due on the window's last day", async () => {
    // HJ-NB-2013-01 falls due on 2019-07-22.
    const xlsx = await cleanXlsx();
    const cells = async (day: number) =>
      messagesOf(await checkXlsx(xlsx, { asOf: { year: 2018, month: 7, day } }), RULE).map(([cell]) => cell);
    expect(await cells(22)).toContain("F36");
    expect(await cells(21)).not.toContain("F36");
  });
});
