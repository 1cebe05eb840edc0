import { setName } from "../../../scripts/sample/workbook-fixture";
import { addedTo, checkXlsx, cleanFindings, errorsOf, plantedXlsx, SAMPLE_SHEETS } from "../../helpers/sample";

const RULE = "workbook/broken-range";
const { projects, staff } = SAMPLE_SHEETS;

describe(RULE, () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await plantedXlsx((f) => {
      setName(f, "Budget", "#REF!"); // its sheet was deleted
      setName(f, "Staff", "'인력 2018'!$A$3:$P$7", staff); // a sheet renamed since
      setName(f, "Inventory", "장비!$L$3:$T$43"); // cells with nothing in them
    });
  });

  it("reports each broken name as an error: the name, and an empty cell when it points at no cells", async () => {
    const findings = await checkXlsx(xlsx);
    const pick = ({ rule, severity, name, sheet, cell }: (typeof findings)[number]) => ({ rule, severity, name, sheet, cell });
    expect(errorsOf(findings).map(pick)).toEqual([
      { rule: RULE, severity: "error", name: "Budget", sheet: "", cell: "" },
      { rule: RULE, severity: "error", name: "Staff", sheet: "인력 2018", cell: "" },
      { rule: RULE, severity: "error", name: "Inventory", sheet: "장비", cell: "L3" },
    ]);
    expect(addedTo(await cleanFindings(), findings).map(pick)).toEqual(errorsOf(findings).map(pick));
  });

  it("still checks the rest of the workbook", async () => {
    const findings = await checkXlsx(xlsx);
    const sampleProjects = (await cleanFindings()).filter((f) => f.sheet === projects);
    expect(sampleProjects).toHaveLength(4);
    expect(findings.filter((f) => f.sheet === projects)).toEqual(sampleProjects);
  });

  it("says what is wrong with each name and what to do", async () => {
    expect((await checkXlsx(xlsx)).filter((f) => f.rule === RULE).map((f) => f.message)).toEqual([
      "이름 Budget의 참조가 #REF!입니다. 가리키던 셀이나 시트가 삭제되었으니 [수식] > [이름 관리자]에서 다시 지정하십시오.",
      "이름 Staff가 통합 문서에 없는 시트 '인력 2018'을 가리킵니다.",
      "이름 Inventory가 가리키는 범위가 비어 있습니다.",
    ]);
  });

  it("says it in English when asked", async () => {
    expect((await checkXlsx(xlsx, { lang: "en" })).filter((f) => f.rule === RULE).map((f) => f.message)).toEqual([
      "The name Budget refers to #REF!: its cells or sheet were deleted. Redefine it in Formulas > Name Manager.",
      "The name Staff refers to sheet '인력 2018', which is not in the workbook.",
      "The range the name Inventory refers to is empty.",
    ]);
  });
});
