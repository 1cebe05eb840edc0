/**
 * The sample workbook: the seed report's tables laid out as a finance officer of that division would keep
 * them. Every stated figure is read from figures.json, and every stated total is re-added here (a mismatch
 * throws), so the sample validates with zero errors. The inventory lots are invented around the seed's
 * counts and dates; their split into lots, unit costs and the dates the report does not give are ours.
 */
import {
  cellAddress,
  columnLetter,
  rangeRef,
  type FixtureCell,
  type FixtureCellSpec,
  type FixtureName,
  type FixtureSheet,
  type WorkbookFixture,
} from "./workbook-fixture";

type Figure = string | number;

/** The parts of assets/seed/figures.json the sample uses. */
export interface SeedFigures {
  asOf: string;
  budgetByUnitProgram: { header: string[]; total: Figure[]; rows: Figure[][] };
  budgetByProject: { header: string[]; rows: (Figure | null)[][] };
  maintenanceContracts: { header: string[]; rows: Figure[][] };
  staff: { headerSeries: string[]; headerGrade: string[]; rows: Figure[][] };
  facilities: { header: string[]; rows: Figure[][] };
  officeDevicesDistributed2018: { header: string[]; total: Figure[]; rows: Figure[][]; plannedRestOfYear: Figure[][] };
  usefulLifeYears: { rows: Figure[][] };
  replacementEvents: { rows: string[][] };
  otherStatedTotals: { rows: (Figure | number[])[][] };
}

export const SAMPLE_SHEETS = {
  cover: "개요",
  budget: "예산",
  projects: "사업별 예산",
  staff: "인력",
  inventory: "장비",
  usefulLife: "내용연수",
  other: "기타 현황",
} as const;

const DIVISION = "홍보전산과";
const UNIT_LABEL = "(단위: 천원)";

// ── Cell styles ─────────────────────────────────────────────────────────────────────────────────────────

const HEADER_FILL = "D9E1F2";
const TOTAL_FILL = "F2F2F2";
const AMOUNT = "#,##0";
const RATE = "0.0";
const DATE = "yyyy-mm-dd";

const title = (value: string): FixtureCellSpec => ({ value, bold: true });
const unitLabel = (value: string): FixtureCellSpec => ({ value, align: "right" });
const header = (value: string): FixtureCellSpec => ({
  value,
  bold: true,
  fill: HEADER_FILL,
  border: true,
  align: "center",
  wrap: true,
});
const label = (value: string, total = false): FixtureCellSpec =>
  total ? { value, bold: true, fill: TOTAL_FILL, border: true, align: "center" } : { value, border: true, wrap: true };
const amountStyle = (total: boolean): FixtureCellSpec =>
  total ? { numFmt: AMOUNT, bold: true, fill: TOTAL_FILL, border: true } : { numFmt: AMOUNT, border: true };
const amount = (value: number, total = false): FixtureCellSpec => ({ value, ...amountStyle(total) });
const sumOf = (formula: string, result: number, total = true): FixtureCellSpec => ({
  formula,
  result,
  ...amountStyle(total),
});
const plain = (value: string | number, align?: "center" | "right"): FixtureCellSpec => ({ value, border: true, align });
const blank: FixtureCellSpec = { border: true };

// ── Reading figures ─────────────────────────────────────────────────────────────────────────────────────

function num(value: unknown, what: string): number {
  if (typeof value !== "number") throw new Error(`figures.json: ${what} is not a number: ${JSON.stringify(value)}`);
  return value;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function assertTotal(stated: number, parts: readonly number[], what: string): number {
  const added = sum(parts);
  if (added !== stated) throw new Error(`figures.json: ${what} states ${stated} but its parts add up to ${added}`);
  return added;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function row<T>(rows: T[][], key: string, what: string): T[] {
  const found = rows.find((r) => r[0] === key);
  if (!found) throw new Error(`figures.json: no ${what} row "${key}"`);
  return found;
}

function statedTotal(figures: SeedFigures, key: string): { total: number; parts: number[] } {
  const [, total, parts] = row(figures.otherStatedTotals.rows, key, "otherStatedTotals");
  if (!Array.isArray(parts)) throw new Error(`figures.json: otherStatedTotals "${key}" has no parts`);
  const stated = num(total, key);
  assertTotal(stated, parts, key);
  return { total: stated, parts };
}

function facility(figures: SeedFigures, name: string): { quantity: number; unit: string; team: string } {
  const [, quantity, unit, team] = row(figures.facilities.rows.map((r) => r.slice(1)), name, "facilities");
  return { quantity: num(quantity, name), unit: String(unit), team: String(team) };
}

function replacementEvent(figures: SeedFigures, what: string): { date: string; note: string } {
  const [, date, note] = row(figures.replacementEvents.rows, what, "replacementEvents");
  return { date, note };
}

function match(text: string, pattern: RegExp, what: string): RegExpMatchArray {
  const m = text.match(pattern);
  if (!m) throw new Error(`figures.json: cannot read ${what} from "${text}"`);
  return m;
}

function teamOf(figures: SeedFigures, project: string): string {
  return String(row(figures.budgetByProject.rows, project, "budgetByProject")[1]);
}

// ── Sheets ──────────────────────────────────────────────────────────────────────────────────────────────

interface Built {
  sheet: FixtureSheet;
  names: FixtureName[];
}

function budgetSheet(figures: SeedFigures): Built {
  const { header: head, total, rows } = figures.budgetByUnitProgram;
  const name = SAMPLE_SHEETS.budget;
  const cells: Record<string, FixtureCell> = { A1: title("2018년 예산 현황"), D2: unitLabel(UNIT_LABEL) };
  head.forEach((h, i) => (cells[cellAddress(i + 1, 3)] = header(h)));

  // The seed puts the total row first, right under the header.
  const first = 5;
  const last = first + rows.length - 1;
  rows.forEach((r, i) => {
    const at = first + i;
    cells[`A${at}`] = label(String(r[0]));
    cells[`B${at}`] = amount(num(r[1], `${r[0]} 예산액`));
    cells[`C${at}`] = amount(num(r[2], `${r[0]} 집행액`));
    cells[`D${at}`] = { value: num(r[3], `${r[0]} 집행율`), numFmt: RATE, border: true };
  });
  const budget = assertTotal(num(total[1], "예산 계"), rows.map((r) => num(r[1], "예산액")), "예산 계");
  const executed = assertTotal(num(total[2], "집행 계"), rows.map((r) => num(r[2], "집행액")), "집행 계");
  const rate = round1((executed / budget) * 100);
  if (rate !== num(total[3], "집행율 계")) throw new Error(`figures.json: 집행율 계 ${total[3]} ≠ ${rate}`);

  cells.A4 = label(String(total[0]), true);
  cells.B4 = sumOf(`SUM(B${first}:B${last})`, budget);
  cells.C4 = sumOf(`SUM(C${first}:C${last})`, executed);
  cells.D4 = { ...sumOf("ROUND(C4/B4*100,1)", rate), numFmt: RATE };

  return {
    sheet: { name, cells, merges: ["A1:D1"], columnWidths: { A: 52, B: 14, C: 14, D: 11 } },
    names: [{ name: "Budget", ref: rangeRef(name, `A3:D${last}`) }],
  };
}

/**
 * Amounts a user typed as text with thousands separators (no formula covers them on this sheet, so the
 * checker reports them as information, not as an error).
 */
const TEXT_AMOUNTS: ReadonlyArray<{ project: string; column: string }> = [
  { project: "홍보기능 강화를 통한 구 이미지 제고", column: "예산액" },
  { project: "홍보기능 강화를 통한 구 이미지 제고", column: "집행액" },
  { project: "다기능사무기기 보급", column: "예산액" },
];

function projectsSheet(figures: SeedFigures): Built {
  const { header: head, rows } = figures.budgetByProject;
  const name = SAMPLE_SHEETS.projects;
  const lastColumn = columnLetter(head.length);
  const cells: Record<string, FixtureCell> = {
    A1: title("2018년 사업별 예산 현황"),
    [`${lastColumn}2`]: unitLabel(UNIT_LABEL),
  };
  head.forEach((h, i) => (cells[cellAddress(i + 1, 3)] = header(h)));

  // Fail loudly if figures.json no longer has the cells meant to hold text amounts.
  for (const t of TEXT_AMOUNTS) {
    if (typeof row(rows, t.project, "budgetByProject")[head.indexOf(t.column)] !== "number") {
      throw new Error(`figures.json: ${t.project} has no ${t.column} amount`);
    }
  }
  const rateColumn = head.findIndex((h) => h.startsWith("집행율"));
  rows.forEach((r, i) => {
    const at = 4 + i;
    r.forEach((value, c) => {
      const address = cellAddress(c + 1, at);
      const asText = TEXT_AMOUNTS.some((t) => t.project === r[0] && t.column === head[c]);
      if (value === null) cells[address] = blank;
      else if (typeof value === "string") cells[address] = c === 0 ? label(value) : plain(value, c === 1 ? "center" : "right");
      else if (asText) cells[address] = plain(value.toLocaleString("en-US"));
      else cells[address] = c === rateColumn ? { value, numFmt: RATE, border: true } : amount(value);
    });
  });
  const last = 3 + rows.length;
  return {
    sheet: {
      name,
      cells,
      merges: [`A1:${lastColumn}1`],
      columnWidths: { A: 44, B: 14, C: 12, D: 11, E: 12, F: 12, G: 11, H: 11, I: 10 },
    },
    names: [{ name: "예산_사업별", ref: rangeRef(name, `A3:${lastColumn}${last}`) }],
  };
}

function staffSheet(figures: SeedFigures): Built {
  const { headerSeries, headerGrade, rows } = figures.staff;
  const name = SAMPLE_SHEETS.staff;
  const lastColumn = columnLetter(headerSeries.length);
  const cells: Record<string, FixtureCell> = { A1: title("인력 현황"), [`${lastColumn}2`]: unitLabel("(단위: 명)") };
  const merges = [`A1:${lastColumn}1`];

  // Row 3 holds the series, row 4 the grades; a column without a grade spans both rows.
  for (let c = 0; c < headerSeries.length; ) {
    let end = c;
    while (end + 1 < headerSeries.length && headerSeries[end + 1] === headerSeries[c] && headerGrade[c] !== "") end++;
    // Only master cells get a value: ExcelJS styles the rest of a merged area like its master.
    cells[cellAddress(c + 1, 3)] = header(headerSeries[c]);
    for (let k = c; k <= end; k++) {
      if (headerGrade[k] !== "") cells[cellAddress(k + 1, 4)] = header(headerGrade[k]);
    }
    if (headerGrade[c] === "") merges.push(`${columnLetter(c + 1)}3:${columnLetter(c + 1)}4`);
    else if (end > c) merges.push(`${columnLetter(c + 1)}3:${columnLetter(end + 1)}3`);
    c = end + 1;
  }

  // "-" and "△1" stay text, exactly as the report prints them.
  rows.forEach((r, i) => {
    r.forEach((value, c) => {
      cells[cellAddress(c + 1, 5 + i)] = c === 0 ? label(String(value)) : plain(value, "center");
    });
  });

  const last = 4 + rows.length;
  const widths: Record<string, number> = { A: 10, B: 7 };
  for (let c = 3; c <= headerSeries.length; c++) widths[columnLetter(c)] = 7;
  return {
    sheet: { name, cells, merges, columnWidths: widths },
    // Sheet-scoped, to exercise that path of the readers.
    names: [{ name: "Staff", ref: rangeRef(name, `A3:${lastColumn}${last}`), scopeSheet: name }],
  };
}

// ── Inventory ───────────────────────────────────────────────────────────────────────────────────────────

export interface Lot {
  id: string;
  category: string;
  description: string;
  /** "rest" makes the lots of a category add up to the count the report states. */
  quantity: number | "rest";
  unit: string;
  /** A real date, or text as users type it ("2007.12", "2018. 5. 30."). */
  acquired: Date | string;
  /** Only where the row overrides the UsefulLife table. */
  life?: number;
  unitCost?: number;
  status: "사용" | "예비" | "폐기" | "임대";
  team: string;
}

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** Spreads a count the report states over its lots: the "rest" lot takes what the others leave. */
function settle(lots: Lot[], stated: number, what: string): Lot[] {
  const counted = lots.filter((l) => l.status !== "폐기");
  const known = sum(counted.map((l) => (l.quantity === "rest" ? 0 : l.quantity)));
  const rest = counted.filter((l) => l.quantity === "rest");
  if (rest.length > 1 || (rest.length === 0 && known !== stated) || (rest.length === 1 && known >= stated)) {
    throw new Error(`inventory: the ${what} lots cannot add up to ${stated}`);
  }
  return lots.map((l) => (l.quantity === "rest" ? { ...l, quantity: stated - known } : l));
}

export function inventoryLots(figures: SeedFigures): Lot[] {
  const network = facility(figures, "네트워크장비");
  const servers = facility(figures, "전산시스템 서버, 네트워크");
  const storage = facility(figures, "스토리지 및 백업시스템");
  const security = facility(figures, "정보보안시스템");
  const phones = facility(figures, "인터넷전화시스템");
  const vehicles = figures.facilities.rows.filter((r) => r[0] === "차량").map((r) => String(r[1]));
  const leasedName = vehicles.find((v) => v.includes("임대"));
  const ownedName = vehicles.find((v) => !v.includes("임대"));
  if (!leasedName || !ownedName) throw new Error("figures.json: expected one owned and one leased vehicle");
  const owned = facility(figures, ownedName);
  const leased = facility(figures, leasedName);

  const oldNetwork = replacementEvent(figures, "네트워크장비 (old)");
  const [, oldLife, year, month, lastDay, newUnits, spares] = match(
    oldNetwork.note,
    /^(\d+)-year life, replaced (\d{4})-(\d{2})-\d{2}\.\.(\d{2}) by (\d+) units \+ (\d+) spares/,
    "the network replacement",
  );
  const replacedOn = `${Number(year)}. ${Number(month)}. ${Number(lastDay)}.`;
  const oldServer = replacementEvent(figures, "공통기반시스템 서버 (old)");
  const serverCost = Number(match(oldServer.note, /([\d,]+)천원/, "the server replacement cost")[1].replace(/,/g, ""));
  const ipPhones = replacementEvent(figures, "IP전화기");
  const [basicPhones, premiumPhones] = statedTotal(figures, "IP전화기").parts;
  const morningYear = Number(replacementEvent(figures, "모닝 차량").date);
  const k3Year = Number(replacementEvent(figures, "K3 차량").date);

  const officeTeam = teamOf(figures, "다기능사무기기 보급");
  const distributed = (category: string) => num(row(figures.officeDevicesDistributed2018.rows, category, "보급")[1], category);
  const planned = (category: string) =>
    num(row(figures.officeDevicesDistributed2018.plannedRestOfYear, category, "plannedRestOfYear")[1], category);

  const lot = (l: Omit<Lot, "status"> & { status?: Lot["status"] }): Lot => ({ status: "사용", ...l });
  const nw = { category: "네트워크장비", unit: network.unit, team: network.team };
  const sv = { category: "서버", unit: servers.unit, team: servers.team };
  const st = { category: "스토리지", unit: storage.unit, team: storage.team };
  const sc = { category: "정보보안장비", unit: security.unit, team: security.team };
  const tel = { category: "인터넷전화기", unit: phones.unit, team: phones.team };
  const office = (category: string) => ({ category, unit: "대", team: officeTeam });

  return [
    ...settle(
      [
        // Replaced in May 2018 by the lots below, hence disposed and out of the plan.
        lot({ ...nw, id: "HJ-NW-2007-01", description: "백본 스위치", quantity: Number(newUnits), acquired: oldNetwork.date.replace("-", "."), life: Number(oldLife), unitCost: 21000, status: "폐기" }),
        lot({ ...nw, id: "HJ-NW-2012-01", description: "L2 스위치(동 주민센터)", quantity: 38, acquired: day(2012, 11, 20), unitCost: 1800 }),
        lot({ ...nw, id: "HJ-NW-2013-01", description: "L2 스위치(구청 층별)", quantity: 54, acquired: day(2013, 4, 15), unitCost: 1900 }),
        lot({ ...nw, id: "HJ-NW-2015-01", description: "PoE 스위치", quantity: 45, acquired: day(2015, 6, 10), unitCost: 2400 }),
        lot({ ...nw, id: "HJ-NW-2016-01", description: "무선 AP", quantity: "rest", acquired: day(2016, 9, 5), unitCost: 650 }),
        lot({ ...nw, id: "HJ-NW-2018-01", description: "L3 스위치(백본 교체)", quantity: Number(newUnits), acquired: replacedOn, unitCost: 11500 }),
        lot({ ...nw, id: "HJ-NW-2018-02", description: "L3 스위치(예비)", quantity: Number(spares), acquired: replacedOn, unitCost: 11500, status: "예비" }),
      ],
      network.quantity,
      "network",
    ),
    ...settle(
      [
        // Bought in 2006; its replacement (the unit cost here) is planned for October 2018.
        lot({ ...sv, id: "HJ-SV-2006-01", description: "공통기반시스템 서버", quantity: 1, acquired: day(Number(oldServer.date), 11, 20), unitCost: serverCost }),
        lot({ ...sv, id: "HJ-SV-2011-01", description: "전자결재 서버", quantity: 4, acquired: "2011.11", unitCost: 25000 }),
        lot({ ...sv, id: "HJ-SV-2012-01", description: "새올행정시스템 서버", quantity: 6, acquired: day(2012, 10, 8), unitCost: 32000 }),
        lot({ ...sv, id: "HJ-SV-2014-01", description: "홈페이지 웹·WAS 서버", quantity: 10, acquired: "2014. 2. 24.", unitCost: 18000 }),
        lot({ ...sv, id: "HJ-SV-2015-01", description: "가상화 서버", quantity: 12, acquired: day(2015, 8, 17), unitCost: 21000 }),
        lot({ ...sv, id: "HJ-SV-2017-01", description: "DB 서버", quantity: "rest", acquired: day(2017, 3, 6), life: 8, unitCost: 15000 }),
      ],
      servers.quantity,
      "server",
    ),
    ...settle(
      [
        lot({ ...st, id: "HJ-ST-2010-01", description: "백업 테이프 라이브러리", quantity: 2, acquired: day(2010, 7, 12), life: 8, unitCost: 45000 }),
        lot({ ...st, id: "HJ-ST-2013-01", description: "SAN 스토리지", quantity: 4, acquired: "2013.09", unitCost: 80000 }),
        lot({ ...st, id: "HJ-ST-2016-01", description: "NAS 스토리지", quantity: "rest", acquired: day(2016, 11, 28), unitCost: 28000 }),
      ],
      storage.quantity,
      "storage",
    ),
    ...settle(
      [
        lot({ ...sc, id: "HJ-SC-2011-01", description: "침입차단시스템(방화벽)", quantity: 4, acquired: day(2011, 6, 20), unitCost: 35000 }),
        lot({ ...sc, id: "HJ-SC-2013-01", description: "웹 방화벽", quantity: 2, acquired: "2013.01", unitCost: 42000 }),
        lot({ ...sc, id: "HJ-SC-2015-01", description: "침입방지시스템(IPS)", quantity: 4, acquired: day(2015, 10, 5), unitCost: 38000 }),
        lot({ ...sc, id: "HJ-SC-2017-01", description: "네트워크 접근제어(NAC)", quantity: "rest", acquired: day(2017, 4, 10), unitCost: 12000 }),
      ],
      security.quantity,
      "security",
    ),
    ...settle(
      [
        lot({ ...tel, id: "HJ-TEL-2012-01", description: "IP전화기(기본형)", quantity: 1020, acquired: "2012.02", unitCost: 120 }),
        lot({ ...tel, id: "HJ-TEL-2015-01", description: "IP전화기(기본형)", quantity: "rest", acquired: day(2015, 7, 1), unitCost: 110 }),
        lot({ ...tel, id: "HJ-TEL-2018-01", description: "IP전화기(기본형)", quantity: basicPhones, acquired: isoDay(ipPhones.date), unitCost: 90 }),
        lot({ ...tel, id: "HJ-TEL-2018-02", description: "IP전화기(고급형)", quantity: premiumPhones, acquired: isoDay(ipPhones.date), unitCost: 250 }),
      ],
      phones.quantity,
      "IP phone",
    ),
    // The old lots past their life are the ones the report plans to replace for the rest of 2018.
    lot({ ...office("컴퓨터 본체"), id: "HJ-PC-2013-01", description: "데스크톱 컴퓨터", quantity: planned("컴퓨터 본체"), acquired: day(2013, 6, 10), unitCost: 1050 }),
    lot({ ...office("컴퓨터 본체"), id: "HJ-PC-2014-01", description: "데스크톱 컴퓨터", quantity: 120, acquired: "2014. 3. 17.", unitCost: 1000 }),
    ...settle(
      [
        lot({ ...office("컴퓨터 본체"), id: "HJ-PC-2018-01", description: "데스크톱 컴퓨터(상반기 정기보급)", quantity: 100, acquired: day(2018, 3, 20), unitCost: 900 }),
        lot({ ...office("컴퓨터 본체"), id: "HJ-PC-2018-02", description: "데스크톱 컴퓨터(수시보급)", quantity: "rest", acquired: "2018. 7. 16.", unitCost: 900 }),
      ],
      distributed("컴퓨터 본체"),
      "2018 computer",
    ),
    lot({ ...office("모니터"), id: "HJ-MN-2013-01", description: "LCD 모니터 22형", quantity: planned("모니터"), acquired: "2013.06", unitCost: 250 }),
    lot({ ...office("모니터"), id: "HJ-MN-2014-01", description: "LCD 모니터 23형", quantity: 140, acquired: day(2014, 3, 17), unitCost: 220 }),
    ...settle(
      [
        lot({ ...office("모니터"), id: "HJ-MN-2018-01", description: "LED 모니터 24형(상반기 정기보급)", quantity: 150, acquired: day(2018, 3, 20), unitCost: 180 }),
        lot({ ...office("모니터"), id: "HJ-MN-2018-02", description: "LED 모니터 24형(수시보급)", quantity: "rest", acquired: "2018. 7. 16.", unitCost: 180 }),
      ],
      distributed("모니터"),
      "2018 monitor",
    ),
    lot({ ...office("노트북"), id: "HJ-NB-2013-01", description: "노트북", quantity: 8, acquired: day(2013, 7, 22), unitCost: 1600 }),
    ...settle(
      [lot({ ...office("노트북"), id: "HJ-NB-2018-01", description: "노트북", quantity: "rest", acquired: day(2018, 4, 9), life: 6, unitCost: 1400 })],
      distributed("노트북"),
      "2018 notebook",
    ),
    lot({ ...office("프린터"), id: "HJ-PR-2012-01", description: "A4 흑백 레이저 프린터", quantity: planned("프린터"), acquired: day(2012, 5, 21), unitCost: 320 }),
    lot({ ...office("프린터"), id: "HJ-PR-2013-01", description: "A4 흑백 레이저 프린터", quantity: 45, acquired: "2013.10", unitCost: 300 }),
    ...settle(
      [
        lot({ ...office("프린터"), id: "HJ-PR-2018-01", description: "A4 흑백 레이저 프린터(상반기 정기보급)", quantity: 50, acquired: day(2018, 3, 27), unitCost: 170 }),
        lot({ ...office("프린터"), id: "HJ-PR-2018-02", description: "A4 흑백 레이저 프린터(수시보급)", quantity: "rest", acquired: "2018. 8. 21.", unitCost: 170 }),
      ],
      distributed("프린터"),
      "2018 printer",
    ),
    lot({ category: "차량", id: `HJ-VH-${morningYear}-01`, description: ownedName, quantity: owned.quantity, unit: owned.unit, acquired: `${morningYear}. 3. 10.`, unitCost: 10500, team: owned.team }),
    lot({ category: "차량", id: `HJ-VH-${k3Year}-01`, description: leasedName, quantity: leased.quantity, unit: leased.unit, acquired: day(k3Year, 2, 14), status: "임대", team: leased.team }),
  ];
}

function isoDay(iso: string): Date {
  const [, y, m, d] = match(iso, /^(\d{4})-(\d{2})-(\d{2})$/, "a date");
  return day(Number(y), Number(m), Number(d));
}

export const INVENTORY_HEADER = ["관리번호", "분류", "품명", "수량", "단위", "취득일", "내용연수(년)", "단가(천원)", "상태", "관리부서"];

function inventorySheet(lots: Lot[]): Built {
  const name = SAMPLE_SHEETS.inventory;
  const lastColumn = columnLetter(INVENTORY_HEADER.length);
  const cells: Record<string, FixtureCell> = { A1: title("정보화 장비 관리대장"), [`${lastColumn}2`]: unitLabel(UNIT_LABEL) };
  INVENTORY_HEADER.forEach((h, i) => (cells[cellAddress(i + 1, 3)] = header(h)));
  lots.forEach((l, i) => {
    const at = 4 + i;
    const acquired: FixtureCellSpec =
      l.acquired instanceof Date ? { value: l.acquired, numFmt: DATE, border: true, align: "center" } : plain(l.acquired, "center");
    const values: FixtureCellSpec[] = [
      plain(l.id),
      plain(l.category),
      plain(l.description),
      amount(l.quantity as number),
      plain(l.unit, "center"),
      acquired,
      l.life === undefined ? blank : plain(l.life, "center"),
      l.unitCost === undefined ? blank : amount(l.unitCost),
      plain(l.status, "center"),
      plain(l.team, "center"),
    ];
    values.forEach((v, c) => (cells[cellAddress(c + 1, at)] = v));
  });
  const last = 3 + lots.length;
  return {
    sheet: {
      name,
      cells,
      merges: [`A1:${lastColumn}1`],
      columnWidths: { A: 16, B: 13, C: 34, D: 8, E: 6, F: 13, G: 10, H: 11, I: 7, J: 14 },
    },
    names: [{ name: "Inventory", ref: rangeRef(name, `A3:${lastColumn}${last}`) }],
  };
}

/** Lives for the categories the report gives none for (our choice, in line with 조달청 practice). */
const OTHER_LIVES: ReadonlyArray<[string, number]> = [
  ["서버", 7],
  ["스토리지", 7],
  ["정보보안장비", 6],
  ["인터넷전화기", 7],
  ["차량", 7],
];

/** Useful life in years by category: the report's, then ours for the categories it gives none for. */
export function usefulLives(figures: SeedFigures): Array<[string, number]> {
  return [
    ...figures.usefulLifeYears.rows.map(([category, years]): [string, number] => [String(category), num(years, String(category))]),
    ...OTHER_LIVES,
  ];
}

function usefulLifeSheet(figures: SeedFigures, lots: Lot[]): Built {
  const name = SAMPLE_SHEETS.usefulLife;
  const lives = usefulLives(figures);
  const missing = lots.filter((l) => l.life === undefined && !lives.some(([c]) => c === l.category));
  if (missing.length) throw new Error(`inventory: no useful life for ${missing.map((l) => l.id).join(", ")}`);

  const cells: Record<string, FixtureCell> = { A1: title("내용연수 기준"), B2: unitLabel("(단위: 년)"), A3: header("분류"), B3: header("내용연수(년)") };
  lives.forEach(([category, years], i) => {
    cells[`A${4 + i}`] = plain(category);
    cells[`B${4 + i}`] = plain(years, "center");
  });
  return {
    sheet: { name, cells, columnWidths: { A: 16, B: 13 } },
    names: [{ name: "내용연수", ref: rangeRef(name, `A3:B${3 + lives.length}`) }],
  };
}

// ── Other tables (Table_*) ──────────────────────────────────────────────────────────────────────────────

function otherSheet(figures: SeedFigures): Built {
  const name = SAMPLE_SHEETS.other;
  const cells: Record<string, FixtureCell> = {};
  const names: FixtureName[] = [];
  let at = 1;
  const table = (tableName: string, heading: string, head: string[], body: FixtureCellSpec[][]) => {
    cells[`A${at}`] = title(heading);
    head.forEach((h, i) => (cells[cellAddress(i + 1, at + 1)] = header(h)));
    body.forEach((r, i) => r.forEach((v, c) => (cells[cellAddress(c + 1, at + 2 + i)] = v)));
    names.push({ name: tableName, ref: rangeRef(name, `A${at + 1}:${columnLetter(head.length)}${at + 1 + body.length}`) });
    at += body.length + 3;
  };

  // The 계 column as a SUM across the parts, as the division's own sheet would have it.
  const contracts = figures.maintenanceContracts;
  const contractsAt = at + 2;
  table(
    "Table_유지보수",
    "1. 정보시스템 유지보수 계약 현황",
    contracts.header,
    contracts.rows.map((r, i) => {
      const parts = r.slice(2).map((v) => num(v, String(r[0])));
      const total = assertTotal(num(r[1], String(r[0])), parts, `${r[0]} 계`);
      const rowAt = contractsAt + i;
      return [label(String(r[0])), sumOf(`SUM(C${rowAt}:${columnLetter(2 + parts.length)}${rowAt})`, total, false), ...parts.map((p) => amount(p))];
    }),
  );

  // Total row first, a SUM over the rows under it.
  const devices = figures.officeDevicesDistributed2018;
  const devicesFirst = at + 3;
  const deviceCounts = devices.rows.map((r) => num(r[1], String(r[0])));
  table("표_보급", "2. 2018년 다기능사무기기 보급 현황", devices.header, [
    [
      label(String(devices.total[0]), true),
      sumOf(`SUM(B${devicesFirst}:B${devicesFirst + devices.rows.length - 1})`, assertTotal(num(devices.total[1], "보급 계"), deviceCounts, "보급 계")),
    ],
    ...devices.rows.map((r, i) => [label(String(r[0])), amount(deviceCounts[i])]),
  ]);

  // Stated totals typed as numbers, as the report prints them.
  const sessions = statedTotal(figures, "구민교육 회");
  const people = statedTotal(figures, "구민교육 명");
  table("Table_교육", "3. 구민 정보화교육 실적", ["구분", "계", "정규", "무료특강"], [
    [label("교육횟수(회)"), amount(sessions.total), ...sessions.parts.map((p) => amount(p))],
    [label("교육인원(명)"), amount(people.total), ...people.parts.map((p) => amount(p))],
  ]);

  const press = statedTotal(figures, "언론보도 실적");
  table("Table_언론보도", "4. 언론보도 실적", ["구분", "계", "중앙방송·케이블", "지역방송", "중앙일간지·통신사", "광역(지역)신문·인터넷"], [
    [label("보도건수(건)"), amount(press.total), ...press.parts.map((p) => amount(p))],
  ]);

  // Monthly columns with the 계 column after them: a cross-foot.
  const issues = statedTotal(figures, "행복소식 부수 (9 months x 100,000)");
  const months = issues.parts.map((_, i) => `${i + 1}월`);
  const issuesAt = at + 2;
  table("Table_소식지", `5. 영등포 행복소식 발행 부수(1월~${issues.parts.length}월)`, ["구분", ...months, "계"], [
    [
      label("발행 부수(부)"),
      ...issues.parts.map((p) => amount(p)),
      sumOf(`SUM(B${issuesAt}:${columnLetter(1 + months.length)}${issuesAt})`, issues.total),
    ],
  ]);

  const widths: Record<string, number> = { A: 22 };
  for (let c = 2; c <= 2 + months.length; c++) widths[columnLetter(c)] = 12;
  return { sheet: { name, cells, columnWidths: widths }, names };
}

// ── Cover ───────────────────────────────────────────────────────────────────────────────────────────────

function coverSheet(figures: SeedFigures, contents: Built[]): Built {
  const name = SAMPLE_SHEETS.cover;
  const teams = [...new Set(figures.budgetByProject.rows.map((r) => String(r[1])))];
  const [y, m, d] = match(figures.asOf, /^(\d{4})-(\d{2})-(\d{2})$/, "asOf").slice(1).map(Number);
  const cells: Record<string, FixtureCell> = {
    A1: title(`2018년 ${DIVISION} 업무보고`),
    A3: label("부서"),
    B3: plain(DIVISION),
    A4: label("구성"),
    B4: plain(`${teams.length}개팀 (${teams.join(", ")})`),
    A5: label("기준일"),
    B5: { value: day(y, m, d), numFmt: DATE, border: true, align: "left" },
    A6: label("금액 단위"),
    B6: plain("천원"),
    A8: header("시트"),
    B8: header("이름"),
  };
  contents.forEach((built, i) => {
    cells[`A${9 + i}`] = plain(built.sheet.name);
    cells[`B${9 + i}`] = plain(built.names.map((n) => n.name).join(", "));
  });
  return {
    sheet: { name, cells, merges: ["A1:B1"], columnWidths: { A: 14, B: 64 } },
    names: [{ name: "AsOfDate", ref: rangeRef(name, "B5") }],
  };
}

export function buildSeedFixture(figures: SeedFigures): WorkbookFixture {
  const lots = inventoryLots(figures);
  const contents = [
    budgetSheet(figures),
    projectsSheet(figures),
    staffSheet(figures),
    inventorySheet(lots),
    usefulLifeSheet(figures, lots),
    otherSheet(figures),
  ];
  const built = [coverSheet(figures, contents), ...contents];
  return { sheets: built.map((b) => b.sheet), names: built.flatMap((b) => b.names) };
}
