/**
 * Validate paced for the pane (core/validate-paced.ts) against the plain run the command line makes: the same
 * findings in the same order, and the work split so that no piece between two pauses reads more than
 * `PIECE_ROWS` rows of a long register.
 */
import { parseA1 } from "../../src/core/address";
import type { Finding } from "../../src/core/finding";
import type { CellValue, Grid } from "../../src/core/grid";
import { parseTable } from "../../src/core/kinds/parse";
import type { Pace } from "../../src/core/progress";
import { RULES } from "../../src/core/rules";
import type { Subject } from "../../src/core/subject";
import { PIECE_ROWS } from "../../src/core/pieces";
import { validateSubjects } from "../../src/core/validate";
import { validateSubjectsPaced } from "../../src/core/validate-paced";
import { testOptions } from "../helpers/grid";

const LOTS = 5_000;
/** Blank rows between the register and a value left far below it (table/far-cells). */
const GAP = 1_100;

const HEADER: CellValue[] = ["관리번호", "분류", "품명", "수량", "단위", "취득일", "내용연수", "취득단가", "취득금액", "상태"];

/** Lot `i`, each of ten kinds of lot giving the findings of a rule or two. */
function lot(i: number): CellValue[] {
  const id = `NB-${i % 10 === 8 ? i - 1 : i}`;
  const row: CellValue[] = [id, "노트북", "업무용", 1, "대", "2017-03-01", 5, 100, 100, "운용"];
  switch (i % 10) {
    case 0: row[5] = null; break; // inventory/missing-date
    case 1: row[5] = "2019-05-01"; break; // inventory/future-date
    case 2: row[3] = 0; break; // inventory/bad-quantity
    case 3: row[3] = "1.5"; break; // inventory/bad-quantity, cell/number-as-text
    case 4: row[8] = 999; break; // inventory/amount-mismatch
    case 5: row[1] = "없는분류"; row[6] = null; break; // inventory/unknown-life
    case 6: row[5] = "2010-01-01"; break; // inventory/overdue
    case 7: row[5] = "2014-03-01"; break; // inventory/due-soon
    case 8: row[7] = { error: "#N/A" }; break; // inventory/duplicate-id, cell/error-value
    default: row[5] = "어제"; row[8] = i % 20 === 9 ? "-" : "열"; // cell/bad-date, cell/number-as-text, cell/not-a-number
  }
  return row;
}

/** A register of LOTS lots with a value far below it; `touched` collects the grid rows read. */
function register(touched: Set<number>): Subject {
  const rows: CellValue[][] = [HEADER, ...Array.from({ length: LOTS }, (_, i) => lot(i))];
  for (let i = 0; i < GAP; i++) rows.push(HEADER.map(() => null));
  rows.push(["잊은 값", ...HEADER.slice(1).map(() => null)]);
  const values = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) touched.add(Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  const grid: Grid = { name: "장비", sheet: "장비", top: 0, left: 0, values };
  const table = parseTable("inventory", grid);
  if (table.kind !== "inventory") throw new Error("not read as a register");
  return table;
}

describe("validateSubjectsPaced", () => {
  it("finds what validateSubjects finds, in the same order, on a long register with findings of every inventory rule", async () => {
    const options = testOptions();
    const plain = validateSubjects([register(new Set())], options);
    const paced = await validateSubjectsPaced([register(new Set())], options, () => Promise.resolve());
    expect(paced.findings).toEqual(plain.findings);
    const rules = new Set(plain.findings.map((finding) => finding.rule));
    for (const rule of RULES.filter((r) => r.id.startsWith("inventory/") || r.id.startsWith("cell/"))) expect(rules).toContain(rule.id);
    expect(rules).toContain("table/far-cells");
    // By cell (row, then column), then by the rules' order: sorting them so again changes nothing.
    const place = (finding: Finding) => {
      const at = finding.cell ? parseA1(finding.cell) : null;
      return at ? [at.row, at.col] : [-1, -1];
    };
    const ruleOrder = new Map(RULES.map((rule, i) => [rule.id, i]));
    const keyOf = (finding: Finding) => [...place(finding), ruleOrder.get(finding.rule)!];
    const resorted = [...plain.findings].sort((a, b) => {
      const [x, y] = [keyOf(a), keyOf(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    expect(resorted).toEqual(plain.findings);
  });

  it("pauses within the rules of a long register: no more than PIECE_ROWS rows read between two pauses", async () => {
    const touched = new Set<number>();
    const subject = register(touched);
    let pauses = 0;
    let most = 0;
    const pace: Pace = () => {
      pauses++;
      most = Math.max(most, touched.size);
      touched.clear();
      return Promise.resolve();
    };
    touched.clear();
    await validateSubjectsPaced([subject], testOptions(), pace);
    most = Math.max(most, touched.size);
    // The header row besides: messages name a column by it.
    expect(most).toBeLessThanOrEqual(PIECE_ROWS + 1);
    // Each inventory rule goes through the lots in pieces: a pause within it at least every PIECE_ROWS lots.
    const inventoryRules = RULES.filter((rule) => rule.id.startsWith("inventory/"));
    expect(inventoryRules.every((rule) => rule.pieces !== undefined)).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(RULES.length + inventoryRules.length * Math.floor(LOTS / PIECE_ROWS));
  });
});
