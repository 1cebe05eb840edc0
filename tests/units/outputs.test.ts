import { checkWorkbook } from "../../src/app/check-workbook";
import { defaultOptions } from "../../src/core/options";
import { paneSettings, addinOn } from "../helpers/addin";
import { run } from "../helpers/cli";
import { SAMPLE_PATH, SEED_TODAY, writeFixtureFile } from "../helpers/sample";
import { fakeExcelOf, officeSource } from "../workbook/office/helpers";
import { budgetSheet, officeWorkbook, WON_PROGRAMS } from "./office-workbooks";

/** The CLI on a workbook built here, written to a temporary file. */
async function runOn(budgets: Parameters<typeof budgetSheet>[0][], ...args: string[]) {
  const built = budgets.map(budgetSheet);
  const file = await writeFixtureFile({ sheets: built.map((b) => b.sheet), names: built.map((b) => b.name) }, "office.xlsx");
  try {
    return await run("validate", file.path, ...args);
  } finally {
    await file.remove();
  }
}

const WON = { sheet: "예산", name: "예산", budgetHeader: "예산액(원)", executedHeader: "집행액(원)", programs: WON_PROGRAMS };
const UNSTATED = { sheet: "예산", name: "예산", programs: [["가 사업", 4_000, 3_000]] as const };

describe("the command line says where the as-of date came from", () => {
  it("in JSON, for all three sources", async () => {
    const source = async (...args: string[]) => JSON.parse((await run("validate", SAMPLE_PATH, "--json", ...args)).stdout.join("")).asOfSource;
    expect(await source()).toBe("workbook");
    expect(await source("--as-of", "2019-12-31")).toBe("option");
    const today = JSON.parse((await runOn([WON], "--json")).stdout.join(""));
    expect([today.asOf, today.asOfSource]).toEqual(["2018-09-30", "today"]);
  });

  it("in the text output, aloud when the date is today's, and not otherwise", async () => {
    const today = await runOn([WON]);
    expect(today.stdout.join("\n").split("\n")[0]).toMatch(/ · 기준일 2018-09-30 \(오늘 날짜: 통합 문서에 기준일이 없습니다\)$/);
    const english = await runOn([WON], "--lang", "en");
    expect(english.stdout.join("\n").split("\n")[0]).toMatch(/ · As of 2018-09-30 \(today's date: the workbook states no as-of date\)$/);
    const sample = await run("validate", SAMPLE_PATH);
    expect(sample.stdout.join("\n").split("\n")[0]).toBe(`${SAMPLE_PATH} · 기준일 2018-09-30`);
  });
});

describe("the command line gives each table's money unit", () => {
  it("in JSON, with where it was read", async () => {
    const json = JSON.parse((await run("validate", SAMPLE_PATH, "--json")).stdout.join(""));
    expect(json.units).toEqual([
      { name: "Budget", sheet: "예산", unit: "thousandWon", source: "above" },
      { name: "예산_사업별", sheet: "사업별 예산", unit: "thousandWon", source: "above" },
      { name: "Inventory", sheet: "장비", unit: "thousandWon", source: "header" },
    ]);
    const won = JSON.parse((await runOn([WON], "--json")).stdout.join(""));
    expect(won.units).toEqual([{ name: "예산", sheet: "예산", unit: "won", source: "header" }]);
  });

  it("and a line in the text output when 천원 was assumed", async () => {
    const assumed = (await runOn([UNSTATED])).stdout.join("\n").split("\n");
    expect(assumed[1]).toBe("금액 단위가 적혀 있지 않아 천원으로 보았습니다 (가정): 예산.");
    const stated = (await runOn([WON])).stdout.join("\n");
    expect(stated).not.toContain("가정");
  });
});

describe("the add-in reads the same units", () => {
  it("reads the (단위: …) line above each range in the same round trips as before", async () => {
    const xlsx = await officeWorkbook([{ sheet: "예산", name: "예산", unitLine: "(단위: 백만원)", programs: [["가 사업", 1_200, 900]] }]);
    const fake = await fakeExcelOf(xlsx);
    const check = await checkWorkbook(officeSource(fake), defaultOptions(SEED_TODAY));
    if (check.kind !== "checked") throw new Error("nothing checked");
    expect(check.subjects.map((s) => ("unit" in s ? s.unit : null))).toEqual([{ unit: "millionWon", source: "above" }]);
    // Outline, used areas, one read: as for a workbook read without the lines above.
    expect(fake.syncCount).toBe(3);
  });

  it("and hands the pane each range's unit and the as-of date's source", async () => {
    const fake = await fakeExcelOf(await officeWorkbook([WON]));
    const outcome = await addinOn(fake, "office.xlsx").validate(paneSettings("ko"), "ko");
    if (outcome.kind !== "checked") throw new Error("nothing checked");
    expect(outcome.asOfSource).toBe("today");
    expect(outcome.ranges).toEqual([{ name: "예산", kind: "budget", sheet: "예산", range: "A3:D6", unit: { unit: "won", source: "header" } }]);
  });
});
