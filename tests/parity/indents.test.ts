/** The .xlsx reader and the Office.js adapter on the fake host give the same `Grid.indents` for one workbook. */
import { levelledBudgetXlsx } from "../../scripts/levels/levelled-budget";
import { DOCUMENTED_EXCEL } from "../../src/fake-excel";
import { fakeExcelOf, gridsOf, officeSource, xlsxSource } from "../workbook/office/helpers";

it("reads the same indented cells through both adapters", async () => {
  const xlsx = await levelledBudgetXlsx();
  const fromFile = await gridsOf(await xlsxSource(xlsx));
  const fromExcel = await gridsOf(officeSource(await fakeExcelOf(xlsx, DOCUMENTED_EXCEL)));
  expect(fromFile[0].indents).toHaveLength(11);
  expect(fromExcel.map((g) => g.indents)).toEqual(fromFile.map((g) => g.indents));
  expect(fromExcel).toEqual(fromFile);
});
