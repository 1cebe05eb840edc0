import { patchCell, removeName, setName } from "../../scripts/sample/workbook-fixture";
import type { Finding } from "../../src/core/finding";
import { checkXlsx, cleanFindings, errorsOf, messagesOf, plantedXlsx, SAMPLE_SHEETS } from "../helpers/sample";

const { budget, projects, other, inventory } = SAMPLE_SHEETS;

/** The table a finding came from, and where it is. */
const where = ({ rule, name, sheet, cell }: Finding) => ({ rule, name, sheet, cell });

describe("named ranges", () => {
  it("reads the sample's sheet-scoped Staff and its Korean names (예산_사업별, 내용연수)", async () => {
    const names = new Set((await cleanFindings()).map((f) => f.name));
    expect(names).toEqual(new Set(["예산_사업별", "Staff", "Inventory"]));
    // The overdue servers have no life of their own: it comes from the table named 내용연수.
    expect(messagesOf(await cleanFindings(), "inventory/overdue")[0][1]).toContain("내용연수 7년");
  });

  describe("in both scopes", () => {
    let xlsx: Buffer;
    beforeAll(async () => {
      xlsx = await plantedXlsx((f) => {
        // Workbook-scoped Budget stays; a second Budget, scoped to 사업별 예산, takes the place of 예산_사업별.
        removeName(f, "예산_사업별");
        setName(f, "Budget", "'사업별 예산'!$A$3:$I$14", projects);
        removeName(f, "Table_언론보도");
        setName(f, "Table_언론보도", "'기타 현황'!$A$20:$F$21", other);
        // A defect in each range, to show each was read.
        patchCell(f, budget, "B4", { result: 4_165_473 + 90 });
        patchCell(f, projects, "D5", { value: 32_830 });
        patchCell(f, other, "B21", { value: 7_384 });
        patchCell(f, other, "B8", { result: 460 });
      });
    });

    it("finds workbook-scoped and sheet-scoped names, the same name in two scopes included", async () => {
      const errors = errorsOf(await checkXlsx(xlsx)).map(where);
      expect(errors).toHaveLength(4);
      expect(errors).toEqual(
        expect.arrayContaining([
          { rule: "budget/total-mismatch", name: "Budget", sheet: budget, cell: "B4" },
          { rule: "budget/split-mismatch", name: "Budget", sheet: projects, cell: "C5" },
          { rule: "table/total-mismatch", name: "Table_언론보도", sheet: other, cell: "B21" },
          { rule: "table/total-mismatch", name: "표_보급", sheet: other, cell: "B8" },
        ]),
      );
    });
  });

  describe("spelt in any case or by their Korean alias", () => {
    let xlsx: Buffer;
    beforeAll(async () => {
      xlsx = await plantedXlsx((f) => {
        const rename = (from: string, to: string) => {
          const ref = f.names.find((n) => n.name === from)!.ref;
          removeName(f, from);
          setName(f, to, ref);
        };
        rename("Budget", "bUDGET");
        rename("Table_교육", "TABLE_교육");
        rename("내용연수", "usefullife");
        rename("Inventory", "자산");
        rename("AsOfDate", "기준일");
        patchCell(f, budget, "B4", { result: 4_165_473 + 90 });
        patchCell(f, other, "B16", { value: 135 });
      });
    });

    it("reads every one of them", async () => {
      // Today is long after the workbook's 기준일: the overdue set only stays the sample's if 기준일 was read.
      const findings = await checkXlsx(xlsx, { today: { year: 2030, month: 1, day: 1 } });
      expect(errorsOf(findings).map(where)).toEqual([
        { rule: "budget/total-mismatch", name: "bUDGET", sheet: budget, cell: "B4" },
        { rule: "table/total-mismatch", name: "TABLE_교육", sheet: other, cell: "B16" },
      ]);
      const overdue = findings.filter((f) => f.rule === "inventory/overdue");
      expect(overdue.map((f) => [f.name, f.sheet, f.cell])).toEqual(
        ["F11", "F17", "F20", "F28", "F32", "F38", "F42"].map((cell) => ["자산", inventory, cell]),
      );
    });
  });
});
