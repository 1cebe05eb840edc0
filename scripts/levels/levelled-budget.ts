/**
 * A budget as the offices lay out a 사업명세: 정책사업 > 단위사업 > 세부사업 in one name column, each level one
 * Excel indent deeper, every row with its own total; the seed's figures (seed/figures.json, budgetByUnitProgram
 * and budgetByProject) where they fit. Used by the tests of the hosts and by scripts/render-levels.ts.
 */
import ExcelJS from "exceljs";

interface ProgramRow {
  readonly name: string;
  /** 0: 정책사업, 1: 단위사업, 2: 세부사업. */
  readonly level: number;
  readonly budget: number;
  readonly executed: number;
}

/** Detail rows as the seed gives them; the parents' figures are their children's sums. */
const PROGRAMS: readonly ProgramRow[] = withTotals([
  { name: "구정 홍보 강화", level: 0, budget: 0, executed: 0 },
  { name: "홍보기능 강화를 통한 구 이미지 제고", level: 1, budget: 1_137_337, executed: 730_604 },
  { name: "다양한 매체를 활용한 뉴미디어 구정홍보", level: 1, budget: 383_253, executed: 287_033 },
  { name: "정보화 추진", level: 0, budget: 0, executed: 0 },
  { name: "정보시스템 운영", level: 1, budget: 0, executed: 0 },
  { name: "정보시스템 유지보수 추진", level: 2, budget: 335_586, executed: 304_166 },
  { name: "시군구 행정정보시스템 구축", level: 2, budget: 192_192, executed: 192_192 },
  { name: "정보화 교육 운영", level: 2, budget: 176_531, executed: 149_716 },
  { name: "웹사이트 운영 효율성을 위한 홈페이지 통합", level: 2, budget: 33_000, executed: 23_000 },
  { name: "정보통신망 운영", level: 1, budget: 0, executed: 0 },
  { name: "정보통신장비 구매 설치", level: 2, budget: 136_421, executed: 136_018 },
  { name: "정보통신보안 및 개인정보보호 추진", level: 2, budget: 138_294, executed: 88_917 },
  { name: "다기능사무기기 보급", level: 2, budget: 230_468, executed: 208_362 },
]);

/** A parent's figures: the sums of the rows one level below it, up to its next sibling or a row above it. */
function withTotals(rows: ProgramRow[]): ProgramRow[] {
  const out = rows.map((r) => ({ ...r }));
  for (let i = out.length - 1; i >= 0; i--) {
    const children = [];
    for (let j = i + 1; j < out.length && out[j].level > out[i].level; j++) if (out[j].level === out[i].level + 1) children.push(out[j]);
    if (children.length === 0) continue;
    out[i].budget = children.reduce((s, c) => s + c.budget, 0);
    out[i].executed = children.reduce((s, c) => s + c.executed, 0);
  }
  return out;
}

const rate = (row: { budget: number; executed: number }) => Math.round((row.executed / row.budget) * 1000) / 10;

/** Row `index` of the table's programs (0-based), the sheet row it lands on, 1-based: header on row 2. */
export const programSheetRow = (index: number): number => index + 3;

/** The .xlsx, with `Budget` over the table; `change` may alter a detail row's figures before the totals are kept. */
export async function levelledBudgetXlsx(change?: { readonly row: number; readonly budget: number }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("예산");
  ws.getCell("A1").value = "2018 홍보전산과 사업별 예산 (단위: 천원)";
  ws.getRow(2).values = ["사업명", "예산액", "집행액", "집행률(%)"];
  PROGRAMS.forEach((program, i) => {
    const shown = change?.row === i ? { ...program, budget: change.budget } : program;
    const row = ws.getRow(programSheetRow(i));
    row.values = [shown.name, shown.budget, shown.executed, rate(shown)];
    if (program.level > 0) row.getCell(1).alignment = { indent: program.level };
    for (const col of [2, 3]) row.getCell(col).numFmt = "#,##0";
  });
  const total = PROGRAMS.filter((p) => p.level === 0).reduce((s, p) => ({ budget: s.budget + p.budget, executed: s.executed + p.executed }), { budget: 0, executed: 0 });
  const last = programSheetRow(PROGRAMS.length);
  ws.getRow(last).values = ["계", total.budget, total.executed, rate(total)];
  ws.getColumn(1).width = 44;
  book.definedNames.add(`'예산'!$A$2:$D$${last}`, "Budget");
  return Buffer.from(await book.xlsx.writeBuffer());
}
