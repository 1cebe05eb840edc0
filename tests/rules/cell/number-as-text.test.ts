import { patchCell } from "../../../scripts/sample/workbook-fixture";
import type { CellValue } from "../../../src/core/grid";
import { gridOf, validateGrids } from "../../helpers/grid";
import {
  checkXlsx,
  cleanFindings,
  expectAdded,
  messagesOf,
  plantedXlsx,
  SAMPLE_SHEETS,
} from "../../helpers/sample";

const RULE = "cell/number-as-text";
const { budget, projects } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    // 383,253 typed as text under the 계 row's SUM: Excel's SUM skips it, so the cached totals come out short.
    xlsx = await plantedXlsx((f) => {
      patchCell(f, budget, "B6", { value: "383,253" });
      patchCell(f, budget, "B4", { result: 4_165_473 - 383_253 });
      patchCell(f, budget, "D4", { result: 84.8 }); // ROUND(C4/B4*100,1) over the short total
    });
  });

  it("warns at the text cell a SUM covers, and the short total is an error", async () => {
    await expectAdded(await checkXlsx(xlsx), [
      { rule: "budget/total-mismatch", severity: "error", sheet: budget, cell: "B4" },
      { rule: RULE, severity: "warning", sheet: budget, cell: "B6" },
    ]);
  });

  it("names the formula that leaves the text out, and the total its rows really make", async () => {
    const findings = await checkXlsx(xlsx);
    expect(messagesOf(findings, RULE).filter(([cell]) => cell === "B6")).toEqual([
      ["B6", "예산액: '383,253'이 텍스트로 저장되어 있어 B4의 수식이 이 값을 빼고 계산합니다."],
    ]);
    expect(messagesOf(findings, "budget/total-mismatch")).toEqual([
      ["B4", "예산액 합계 3,782,220 ≠ 항목 합 4,165,473 (차이 383,253천원)."],
    ]);
  });

  it("says it in English when asked", async () => {
    const findings = await checkXlsx(xlsx, { lang: "en" });
    expect(messagesOf(findings, RULE).filter(([cell]) => cell === "B6")).toEqual([
      ["B6", "예산액: '383,253' is stored as text, so the formula in B4 leaves it out."],
    ]);
  });

  it("only informs where no formula of the table covers the text (the sample's 사업별 예산 and 인력)", async () => {
    const sample = (await cleanFindings()).filter((f) => f.rule === RULE);
    expect(sample.every((f) => f.severity === "info")).toBe(true);
    expect(messagesOf(sample.filter((f) => f.sheet === projects), RULE)).toEqual([
      ["C4", "예산액: '1,137,337'이 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
      ["F4", "집행액: '730,604'가 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
      ["C12", "예산액: '230,468'이 텍스트로 저장된 숫자입니다 (Excel의 SUM은 건너뜁니다)."],
      ["F13", "'-'로 적힌 2개 셀을 0으로 읽었습니다 (F13, I13)."],
    ]);
  });

  it("tells the sample's 인력 table's 24 dashes and △s in one info, at the first, listing them all", async () => {
    const [staffInfo, ...more] = (await cleanFindings()).filter((f) => f.rule === RULE && f.sheet === SAMPLE_SHEETS.staff);
    expect(more).toEqual([]);
    expect(staffInfo.cell).toBe("C5");
    expect(staffInfo.message).toBe("'-'·'△'로 적힌 24개 셀을 0·음수로 읽었습니다 (C5, I5, J5, K5, L5, …).");
    expect(staffInfo.cells).toHaveLength(24);
    expect(staffInfo.cells?.slice(0, 7)).toEqual(["C5", "I5", "J5", "K5", "L5", "M5", "C6"]);
  });
});

describe(`${RULE}: '-' and '△' written as text`, () => {
  // A budget table with its 계 row first: amounts at B3:C6, the rate column D.
  const table = (cells: Record<string, CellValue>, formulas: (string | null)[][] = []) => {
    const values: CellValue[][] = [
      ["사업명", "예산액", "집행액"],
      ["계", 100, 40],
      ["가", 50, 20],
      ["나", 30, 20],
      ["다", 20, 0],
    ];
    for (const [at, value] of Object.entries(cells)) values[Number(at.slice(1)) - 1]["ABC".indexOf(at[0])] = value;
    return gridOf(values, { formulas, sheet: "예산" });
  };
  const ofRule = (grid: ReturnType<typeof gridOf>, lang: "ko" | "en" = "ko") =>
    validateGrids([{ kind: "budget", grid }], { lang }).findings.filter((f) => f.rule === RULE);

  it("reads a table's dashes and △s as one info at the first in reading order, with every cell listed", () => {
    const [finding, ...more] = ofRule(table({ C5: "-", B4: "△0", C3: "▲ 0", B5: "-" }));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ severity: "info", sheet: "예산", cell: "C3", cells: ["C3", "B4", "B5", "C5"] });
    expect(finding.message).toBe("'-'·'△'·'▲'로 적힌 4개 셀을 0·음수로 읽었습니다 (C3, B4, B5, C5).");
  });

  it("says zero for dashes alone and negative numbers for △s alone, in English too", () => {
    expect(ofRule(table({ C5: "-" }))[0].message).toBe("'-'로 적힌 1개 셀을 0으로 읽었습니다 (C5).");
    expect(ofRule(table({ C5: "-" }), "en")[0].message).toBe("Cells written as '-', read as zero: 1 (C5).");
    expect(ofRule(table({ C5: "△0" }))[0].message).toBe("'△'로 적힌 1개 셀을 음수로 읽었습니다 (C5).");
    expect(ofRule(table({ C5: "-", B5: "△0" }), "en")[0].message).toBe("Cells written as '-'·'△', read as zero and negative numbers: 2 (B5, C5).");
  });

  it("names the first five cells in the message and every one in `cells`", () => {
    const cells = { B3: "-", C3: "-", B4: "-", C4: "-", B5: "-", C5: "-" };
    const [finding] = ofRule(table(cells));
    expect(finding.message).toBe("'-'로 적힌 6개 셀을 0으로 읽었습니다 (B3, C3, B4, C4, B5, …).");
    expect(finding.cells).toEqual(["B3", "C3", "B4", "C4", "B5", "C5"]);
  });

  it("keeps a △ a SUM covers as its own warning (the SUM leaves the minus out); a covered dash joins the info", () => {
    const sums = [[], [null, "=SUM(B3:B5)", "=SUM(C3:C5)"]];
    const findings = ofRule(table({ B2: 80, B3: "△20", C5: "-" }, sums));
    expect(findings.map((f) => [f.cell, f.severity, f.cells])).toEqual([
      ["B3", "warning", undefined],
      ["C5", "info", ["C5"]],
    ]);
    expect(findings[0].message).toBe("예산액: '△20'이 텍스트로 저장되어 있어 B2의 수식이 이 값을 빼고 계산합니다.");
  });

  it("leaves a genuine number stored as text its own info", () => {
    const findings = ofRule(table({ C4: "1,234", C5: "-" }));
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([
      ["C4", "text"],
      ["C5", "dashes"],
    ]);
  });
});
