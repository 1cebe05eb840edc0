/**
 * The inventory lots of the benchmark: a district's device register as its staff keep it, generated from the
 * row number alone, so the same size always yields the same rows (in a workbook or in memory).
 *
 * The mix, per 100 lots: most acquisition dates are real dates, about 3 are month-only text (`2016.05`) and 2
 * are dotted text (`2016. 5. 30.`); about 10 state their own life, the rest take it from `UsefulLife`; about 2
 * are disposed and 2 leased. Acquisitions spread evenly over the last (life + 1) years, so about one lot in
 * seven is overdue and as many fall due within the year. One lot in about 10,000 repeats the id before it,
 * lacks its date, or has a quantity of 0: a register that is kept, with the slips any register has.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { dateToSerial, fromEpochDays, epochDays, type CivilDate } from "../../src/core/values/dates";
import { INVENTORY_HEADER } from "../sample/seed-workbook";

/** The seed report's date: the benchmark checks as of it, as the tests do. */
export const BENCH_AS_OF: CivilDate = { year: 2018, month: 9, day: 30 };

export const DATE_FORMAT = "yyyy-mm-dd";
export const AMOUNT_FORMAT = "#,##0";

/** Categories of the sample's `UsefulLife` table, with their lives and how common they are in a register. */
const CATEGORIES: ReadonlyArray<{ name: string; life: number; weight: number; models: readonly string[]; unit: string }> = [
  { name: "컴퓨터 본체", life: 5, weight: 34, models: ["DB400T7B", "B500MA", "Z2 G5", "ThinkCentre M70s"], unit: "대" },
  { name: "모니터", life: 5, weight: 30, models: ["24인치 LED", "27인치 QHD", "22인치 LED"], unit: "대" },
  { name: "노트북", life: 6, weight: 10, models: ["NT550XDA", "gram 15", "ThinkPad E14"], unit: "대" },
  { name: "프린터", life: 6, weight: 9, models: ["흑백 레이저 A4", "컬러 레이저 A4", "복합기 A3"], unit: "대" },
  { name: "네트워크장비", life: 6, weight: 6, models: ["L2 스위치 24포트", "L3 스위치", "무선 AP"], unit: "대" },
  { name: "서버", life: 7, weight: 3, models: ["x86 2소켓", "블레이드"], unit: "대" },
  { name: "스토리지", life: 7, weight: 2, models: ["NAS 48TB", "SAN 100TB"], unit: "식" },
  { name: "정보보안장비", life: 6, weight: 2, models: ["방화벽", "웹방화벽", "IPS"], unit: "식" },
  { name: "인터넷전화기", life: 7, weight: 3, models: ["IP전화기 일반형", "IP전화기 고급형"], unit: "대" },
  { name: "차량", life: 7, weight: 1, models: ["승용 경차", "승합 12인승"], unit: "대" },
];
const TEAMS = ["정보화기획팀", "전산운영팀", "통신팀", "홍보기획팀", "언론팀", "총무팀"];

const CATEGORY_BY_TICKET: number[] = CATEGORIES.flatMap((c, i) => Array<number>(c.weight).fill(i));
const AS_OF_DAYS = epochDays(BENCH_AS_OF);

/** A uniform number in [0, 1) from the row and a salt (mulberry32 on their mix): no state between rows. */
function unit(row: number, salt: number): number {
  let t = (Math.imul(row + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function pick<T>(items: readonly T[], row: number, salt: number): T {
  return items[Math.floor(unit(row, salt) * items.length)];
}

export interface LotCells {
  readonly values: CellValue[];
  readonly formats: string[];
}

/** Lot number `i` (0-based) as the ten cells of the seed's inventory header, with their number formats. */
export function lotCells(i: number): LotCells {
  const category = CATEGORIES[CATEGORY_BY_TICKET[Math.floor(unit(i, 1) * CATEGORY_BY_TICKET.length)]];
  const statesLife = unit(i, 2) < 0.1;
  const life = statesLife ? category.life + (unit(i, 3) < 0.5 ? 1 : 0) : category.life;
  const daysAgo = Math.floor(unit(i, 4) * (life + 1) * 365.25);
  const acquired = fromEpochDays(AS_OF_DAYS - daysAgo);

  const dateStyle = unit(i, 5);
  let acquiredCell: CellValue = dateToSerial(acquired);
  let acquiredFormat = DATE_FORMAT;
  if (i % 15_013 === 15_012) [acquiredCell, acquiredFormat] = [null, "General"];
  else if (dateStyle < 0.03) [acquiredCell, acquiredFormat] = [`${acquired.year}.${String(acquired.month).padStart(2, "0")}`, "General"];
  else if (dateStyle < 0.05) [acquiredCell, acquiredFormat] = [`${acquired.year}. ${acquired.month}. ${acquired.day}.`, "General"];

  const id = `IT-${String(i % 10_007 === 10_006 ? i : i + 1).padStart(7, "0")}`;
  const quantity = i % 20_011 === 20_010 ? 0 : unit(i, 6) < 0.9 ? 1 : 2 + Math.floor(unit(i, 7) * 9);
  const status = unit(i, 8);
  return {
    values: [
      id,
      category.name,
      `${category.name} ${pick(category.models, i, 9)}`,
      quantity,
      category.unit,
      acquiredCell,
      statesLife ? life : null,
      100 + Math.floor(unit(i, 10) * 1900),
      status < 0.02 ? "폐기" : status < 0.04 ? "임대" : status < 0.12 ? "예비" : "사용",
      pick(TEAMS, i, 11),
    ],
    formats: ["General", "General", "General", AMOUNT_FORMAT, "General", acquiredFormat, "General", AMOUNT_FORMAT, "General", "General"],
  };
}

/** Sheet row (0-based) of the inventory header, as in the sample: a title, a unit label, then the header. */
export const INVENTORY_HEADER_ROW = 2;

/**
 * `rows` lots as the Grid the .xlsx adapter hands the core for the `Inventory` name (header included), made as it
 * makes them: equal texts are one string (a shared string is read once), rows of the same number formats share
 * one array, and rows without formulas one row of nulls.
 */
export function inventoryGrid(rows: number, sheet = "장비"): Grid {
  const values: CellValue[][] = [[...INVENTORY_HEADER]];
  const numberFormats: string[][] = [INVENTORY_HEADER.map(() => "General")];
  const noFormulas = INVENTORY_HEADER.map(() => null);
  const formulas: (string | null)[][] = [noFormulas];
  const strings = new Map<string, string>();
  const formatRows = new Map<string, string[]>();
  for (let i = 0; i < rows; i++) {
    const lot = lotCells(i);
    values.push(lot.values.map((value) => (typeof value === "string" ? intern(strings, value) : value)));
    const key = lot.formats.join("\u0000");
    if (!formatRows.has(key)) formatRows.set(key, lot.formats);
    numberFormats.push(formatRows.get(key)!);
    formulas.push(noFormulas);
  }
  return { name: "Inventory", sheet, top: INVENTORY_HEADER_ROW, left: 0, values, numberFormats, formulas, merges: [] };
}

function intern(strings: Map<string, string>, text: string): string {
  const known = strings.get(text);
  if (known !== undefined) return known;
  strings.set(text, text);
  return text;
}
