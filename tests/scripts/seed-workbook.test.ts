import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import figures from "../../assets/seed/figures.json";
import { buildSeedFixture, SAMPLE_SHEETS } from "../../scripts/sample/seed-workbook";
import {
  cellAddress,
  fixtureToXlsx,
  getCell,
  getSheet,
  type FixtureCell,
  type FixtureCellSpec,
} from "../../scripts/sample/workbook-fixture";

const fixture = buildSeedFixture(figures);
const { budget, projects, staff, inventory, usefulLife, other, cover } = SAMPLE_SHEETS;

function spec(sheet: string, a1: string): FixtureCellSpec {
  const cell: FixtureCell | undefined = getCell(fixture, sheet, a1);
  if (cell === undefined || cell === null) return {};
  return typeof cell === "object" ? cell : { value: cell };
}

/** What a reader sees: the value, or a formula's cached result. */
function shown(sheet: string, a1: string): unknown {
  const s = spec(sheet, a1);
  return s.formula !== undefined ? s.result : s.value;
}

/** Reads numbers as these users write them: "1,137,337", "-", "△1". */
function amountOf(sheet: string, a1: string): number {
  const v = shown(sheet, a1);
  if (typeof v === "number") return v;
  if (v === undefined || v === "-") return 0;
  const text = String(v).replace(/,/g, "");
  return text.startsWith("△") ? -Number(text.slice(1)) : Number(text);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("seed workbook: sheets and names", () => {
  it("has the cover first, then the tables", () => {
    expect(fixture.sheets.map((s) => s.name)).toEqual([cover, budget, projects, staff, inventory, usefulLife, other]);
  });

  it("names every table where the summary says", () => {
    expect(fixture.names).toEqual([
      { name: "AsOfDate", ref: "개요!$B$5" },
      { name: "Budget", ref: "예산!$A$3:$D$9" },
      { name: "예산_사업별", ref: "'사업별 예산'!$A$3:$I$14" },
      { name: "Staff", ref: "인력!$A$3:$P$7", scopeSheet: staff },
      { name: "Inventory", ref: "장비!$A$3:$J$43" },
      { name: "내용연수", ref: "내용연수!$A$3:$B$13" },
      { name: "Table_유지보수", ref: "'기타 현황'!$A$2:$E$4" },
      { name: "표_보급", ref: "'기타 현황'!$A$7:$B$12" },
      { name: "Table_교육", ref: "'기타 현황'!$A$15:$D$17" },
      { name: "Table_언론보도", ref: "'기타 현황'!$A$20:$F$21" },
      { name: "Table_소식지", ref: "'기타 현황'!$A$24:$K$25" },
    ]);
  });

  it("holds the as-of date as a real date", () => {
    expect(shown(cover, "B5")).toEqual(new Date(Date.UTC(2018, 8, 30)));
    expect(spec(cover, "B5").numFmt).toBe("yyyy-mm-dd");
    expect(shown(cover, "A1")).toBe("2018년 홍보전산과 업무보고");
  });

  it("writes Staff sheet-scoped to 인력 in workbook.xml", async () => {
    const zip = await JSZip.loadAsync(await fixtureToXlsx(fixture));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain(`<definedName name="Staff" localSheetId="3">인력!$A$3:$P$7</definedName>`);
  });

  it("is the committed sample, byte for byte (rebuild with npm run build:sample)", async () => {
    const committed = readFileSync(join(__dirname, "../../assets/samples/budget-check-sample.xlsx"));
    expect(committed.equals(await fixtureToXlsx(fixture))).toBe(true);
  });

  it("reads back with ExcelJS", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fixtureToXlsx(fixture)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(budget)!.getCell("B4").value).toEqual({ formula: "SUM(B5:B9)", result: 4165473 });
    expect(workbook.getWorksheet(staff)!.getCell("G7").value).toBe("△1");
    expect(workbook.getWorksheet(cover)!.getCell("B5").value).toEqual(new Date(Date.UTC(2018, 8, 30)));
  });
});

describe("seed workbook: 예산", () => {
  const { total, rows: details } = figures.budgetByUnitProgram;

  it("puts the total row first, right under the header", () => {
    expect(["A3", "B3", "C3", "D3"].map((a) => shown(budget, a))).toEqual(figures.budgetByUnitProgram.header);
    expect(shown(budget, "A4")).toBe("계");
    expect(rows(5, 9).map((r) => shown(budget, `A${r}`))).toEqual(details.map((d) => d[0]));
  });

  it("totals with SUM formulas whose cached results are the report's", () => {
    expect(spec(budget, "B4")).toMatchObject({ formula: "SUM(B5:B9)", result: total[1] });
    expect(spec(budget, "C4")).toMatchObject({ formula: "SUM(C5:C9)", result: total[2] });
    expect(spec(budget, "D4")).toMatchObject({ formula: "ROUND(C4/B4*100,1)", result: 77, numFmt: "0.0" });
    expect(sum(rows(5, 9).map((r) => amountOf(budget, `B${r}`)))).toBe(4165473);
    expect(sum(rows(5, 9).map((r) => amountOf(budget, `C${r}`)))).toBe(3205952);
  });

  it("states rates that hold, with a 0.0 format", () => {
    for (const r of rows(5, 9)) {
      expect(spec(budget, `D${r}`).numFmt).toBe("0.0");
      expect(shown(budget, `D${r}`)).toBe(Math.round((amountOf(budget, `C${r}`) / amountOf(budget, `B${r}`)) * 1000) / 10);
    }
  });
});

describe("seed workbook: 사업별 예산", () => {
  const head = figures.budgetByProject.header;
  const col = (h: string) => String.fromCharCode(65 + head.indexOf(h));

  it("stores three amounts as text with thousands separators, and no formula", () => {
    const texts = Object.entries(getSheet(fixture, projects).cells)
      .filter(([a1]) => Number(a1.replace(/^[A-Z]+/, "")) >= 4)
      .filter(([a1]) => typeof shown(projects, a1) === "string" && /^\d{1,3}(,\d{3})+$/.test(String(shown(projects, a1))))
      .map(([a1, cell]) => [a1, typeof cell === "object" && cell !== null ? cell.value : cell]);
    expect(texts).toEqual([
      ["C4", "1,137,337"],
      ["F4", "730,604"],
      ["C12", "230,468"],
    ]);
    expect(Object.values(getSheet(fixture, projects).cells).some((c) => typeof c === "object" && c?.formula)).toBe(false);
  });

  it("keeps '-' as text and leaves null cells empty", () => {
    expect(shown(projects, `${col("집행액")}13`)).toBe("-");
    expect(shown(projects, `${col("집행율(%)")}13`)).toBe("-");
    expect(shown(projects, `${col("집행 시비")}4`)).toBeUndefined();
    expect(shown(projects, `${col("집행 시비")}5`)).toBe(21003);
  });

  it("splits every budget into sources that add up, with rates that hold", () => {
    figures.budgetByProject.rows.forEach((_, i) => {
      const r = 4 + i;
      const budgetAmount = amountOf(projects, `${col("예산액")}${r}`);
      expect(amountOf(projects, `${col("시비")}${r}`) + amountOf(projects, `${col("구비")}${r}`)).toBe(budgetAmount);
      const rate = shown(projects, `${col("집행율(%)")}${r}`);
      if (rate !== "-") {
        const executed = amountOf(projects, `${col("집행액")}${r}`);
        expect(rate).toBe(Math.round((executed / budgetAmount) * 1000) / 10);
      }
    });
  });
});

describe("seed workbook: 인력", () => {
  it("has two merged header rows", () => {
    expect(getSheet(fixture, staff).merges).toEqual(["A1:P1", "A3:A4", "B3:B4", "C3:H3", "I3:L3", "M3:P3"]);
    expect(["A3", "B3", "C3", "I3", "M3"].map((a) => shown(staff, a))).toEqual(["구분", "계", "일반직", "관리운영직", "별정직·임기제"]);
    expect(rows(3, 16).map((c) => shown(staff, cellAddress(c, 4)))).toEqual(figures.staff.headerGrade.slice(2));
  });

  it("keeps '-' and '△1' as text, exactly as the report", () => {
    figures.staff.rows.forEach((r, i) => r.forEach((v, c) => expect(shown(staff, cellAddress(c + 1, 5 + i))).toBe(v)));
    expect(shown(staff, "G7")).toBe("△1");
    expect(shown(staff, "P7")).toBe("△1");
    expect(shown(staff, "C5")).toBe("-");
  });

  it("has totals and differences that hold", () => {
    for (const r of [5, 6, 7]) expect(sum(rows(3, 16).map((c) => amountOf(staff, cellAddress(c, r))))).toBe(amountOf(staff, `B${r}`));
    for (const c of rows(2, 16)) {
      expect(amountOf(staff, cellAddress(c, 7))).toBe(amountOf(staff, cellAddress(c, 6)) - amountOf(staff, cellAddress(c, 5)));
    }
  });
});

describe("seed workbook: 장비 and 내용연수", () => {
  const asOf = Date.UTC(2018, 8, 30);
  const lastRow = 43;
  const lots = rows(4, lastRow).map((r) => ({
    id: String(shown(inventory, `A${r}`)),
    category: String(shown(inventory, `B${r}`)),
    quantity: shown(inventory, `D${r}`) as number,
    acquired: shown(inventory, `F${r}`) as Date | string,
    life: shown(inventory, `G${r}`) as number | undefined,
    status: String(shown(inventory, `I${r}`)),
  }));
  const lives = new Map(rows(4, 13).map((r) => [shown(usefulLife, `A${r}`), shown(usefulLife, `B${r}`) as number]));

  function acquiredOn(v: Date | string): Date {
    if (v instanceof Date) return v;
    const [y, m, d = 1] = v.split(".").map((p) => p.trim()).filter(Boolean).map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  const dueOf = (l: (typeof lots)[number]) => {
    const a = acquiredOn(l.acquired);
    const years = l.life ?? lives.get(l.category)!;
    return new Date(Date.UTC(a.getUTCFullYear() + years, a.getUTCMonth(), a.getUTCDate())).toISOString().slice(0, 10);
  };
  const planned = lots.filter((l) => l.status !== "폐기" && l.status !== "임대");

  it("has 20 to 40 lots with unique ids, whole positive quantities and past dates", () => {
    expect(lots.length).toBeGreaterThanOrEqual(20);
    expect(lots.length).toBeLessThanOrEqual(40);
    expect(new Set(lots.map((l) => l.id)).size).toBe(lots.length);
    for (const l of lots) {
      expect(Number.isInteger(l.quantity) && l.quantity > 0).toBe(true);
      expect(acquiredOn(l.acquired).getTime()).toBeLessThanOrEqual(asOf);
    }
    expect(lots.some((l) => l.acquired instanceof Date)).toBe(true);
    expect(lots.filter((l) => typeof l.acquired === "string").map((l) => l.acquired)).toEqual(
      expect.arrayContaining(["2007.12", "2018. 5. 30."]),
    );
  });

  it("gives every category a life, mostly from 내용연수", () => {
    for (const l of lots) expect(l.life ?? lives.get(l.category)).toBeGreaterThan(0);
    expect(lots.filter((l) => l.life !== undefined).length).toBeLessThan(lots.length / 4);
    for (const [category, years] of figures.usefulLifeYears.rows) expect(lives.get(category)).toBe(years);
  });

  it("counts what the report counts", () => {
    const inService = (category: string) => sum(lots.filter((l) => l.category === category && l.status !== "폐기").map((l) => l.quantity));
    const stated = (name: string) => figures.facilities.rows.find((r) => r[1] === name)![2];
    expect(inService("네트워크장비")).toBe(stated("네트워크장비"));
    expect(inService("서버")).toBe(stated("전산시스템 서버, 네트워크"));
    expect(inService("스토리지")).toBe(stated("스토리지 및 백업시스템"));
    expect(inService("정보보안장비")).toBe(stated("정보보안시스템"));
    expect(inService("인터넷전화기")).toBe(stated("인터넷전화시스템"));
    for (const [category, count] of figures.officeDevicesDistributed2018.rows) {
      const bought2018 = lots.filter((l) => l.category === category && acquiredOn(l.acquired).getUTCFullYear() === 2018);
      expect(sum(bought2018.map((l) => l.quantity))).toBe(count);
    }
  });

  it("has the overdue and due-soon lots the summary lists", () => {
    const within = new Date(Date.UTC(2019, 8, 30)).toISOString().slice(0, 10);
    const asOfText = new Date(asOf).toISOString().slice(0, 10);
    const overdue = planned.filter((l) => dueOf(l) <= asOfText).map((l) => [l.id, dueOf(l)]);
    const dueSoon = planned.filter((l) => dueOf(l) > asOfText && dueOf(l) <= within).map((l) => [l.id, dueOf(l)]);
    expect(overdue).toEqual([
      ["HJ-SV-2006-01", "2013-11-20"],
      ["HJ-ST-2010-01", "2018-07-12"],
      ["HJ-SC-2011-01", "2017-06-20"],
      ["HJ-PC-2013-01", "2018-06-10"],
      ["HJ-MN-2013-01", "2018-06-01"],
      ["HJ-PR-2012-01", "2018-05-21"],
      ["HJ-VH-2009-01", "2016-03-10"],
    ]);
    expect(dueSoon).toEqual([
      ["HJ-NW-2012-01", "2018-11-20"],
      ["HJ-NW-2013-01", "2019-04-15"],
      ["HJ-SV-2011-01", "2018-11-01"],
      ["HJ-SC-2013-01", "2019-01-01"],
      ["HJ-TEL-2012-01", "2019-02-01"],
      ["HJ-PC-2014-01", "2019-03-17"],
      ["HJ-MN-2014-01", "2019-03-17"],
      ["HJ-NB-2013-01", "2019-07-22"],
    ]);
  });

  it("takes the disposed old network lot and the leased K3 out of the plan", () => {
    expect(lots.find((l) => l.id === "HJ-NW-2007-01")).toMatchObject({ acquired: "2007.12", status: "폐기" });
    expect(lots.find((l) => l.id === "HJ-VH-2017-01")).toMatchObject({ category: "차량", status: "임대" });
  });
});

describe("seed workbook: Table_* ranges", () => {
  it("totals maintenance contracts across with SUM formulas", () => {
    expect(spec(other, "B3")).toMatchObject({ formula: "SUM(C3:E3)", result: 88 });
    expect(spec(other, "B4")).toMatchObject({ formula: "SUM(C4:E4)", result: 308484 });
    for (const r of [3, 4]) expect(sum(["C", "D", "E"].map((c) => amountOf(other, `${c}${r}`)))).toBe(amountOf(other, `B${r}`));
  });

  it("puts the devices total first, as a SUM of the rows under it", () => {
    expect(shown(other, "A8")).toBe("계");
    expect(spec(other, "B8")).toMatchObject({ formula: "SUM(B9:B12)", result: 459 });
    expect(sum(rows(9, 12).map((r) => amountOf(other, `B${r}`)))).toBe(459);
  });

  it("has education, press and newsletter totals that hold", () => {
    for (const r of [16, 17]) expect(amountOf(other, `C${r}`) + amountOf(other, `D${r}`)).toBe(amountOf(other, `B${r}`));
    expect(["B16", "B17"].map((a) => shown(other, a))).toEqual([134, 2891]);
    expect(sum(["C", "D", "E", "F"].map((c) => amountOf(other, `${c}21`)))).toBe(7383);
    expect(spec(other, "K25")).toMatchObject({ formula: "SUM(B25:J25)", result: 900000 });
    expect(shown(other, "J24")).toBe("9월");
  });
});
