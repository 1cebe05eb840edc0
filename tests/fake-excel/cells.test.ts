import { smallExcel } from "./helpers";

/** Writes `input` to 개요!B1 and reads the cell back as Office.js shows it. */
async function typed(input: unknown) {
  const fake = smallExcel();
  return fake.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("개요").getRange("B1");
    cell.values = [[input]];
    cell.load("values, valueTypes, formulas, numberFormat, text");
    await context.sync();
    return { value: cell.values[0][0], type: cell.valueTypes[0][0], formula: cell.formulas[0][0], format: cell.numberFormat[0][0], text: cell.text[0][0] };
  });
}

describe("values written through Range.values are read as Excel reads typing", () => {
  it("makes a formula of =…, and calculates it", async () => {
    expect(await typed("=1+1")).toEqual({ value: 2, type: "Double", formula: "=1+1", format: "General", text: "2" });
    expect(await typed("=SUM(예산!B2:B3)")).toMatchObject({ value: 1170, formula: "=SUM(예산!B2:B3)" });
    expect(await typed("=NOSUCH(1)")).toMatchObject({ value: "#NAME?", type: "Error" });
  });

  it("makes a formula of +… and -… unless it is a number", async () => {
    expect(await typed("-3")).toMatchObject({ value: -3, type: "Double", formula: -3 });
    expect(await typed("+5")).toMatchObject({ value: 5, type: "Double" });
    expect(await typed("-abc")).toMatchObject({ formula: "=-abc", type: "Error" });
    expect(await typed("@home")).toMatchObject({ formula: "=@home" });
  });

  it("turns numeric and date-like text into numbers, with the format typing gives", async () => {
    expect(await typed("1,234")).toMatchObject({ value: 1234, format: "#,##0", text: "1,234" });
    expect(await typed("12.5%")).toMatchObject({ value: 0.125, format: "0.00%", text: "12.50%" });
    expect(await typed("(12)")).toMatchObject({ value: -12 });
    expect(await typed("2018-09-30")).toMatchObject({ value: 43373, format: "yyyy-mm-dd", text: "2018-09-30" });
    expect(await typed("2018. 5. 30.")).toMatchObject({ value: 43250 });
    expect(await typed("TRUE")).toMatchObject({ value: true, type: "Boolean", text: "TRUE" });
    expect(await typed("#N/A")).toMatchObject({ value: "#N/A", type: "Error" });
  });

  it("keeps text after a leading apostrophe, without the apostrophe", async () => {
    expect(await typed("'=1+1")).toEqual({ value: "=1+1", type: "String", formula: "=1+1", format: "General", text: "=1+1" });
    expect(await typed("'2018")).toMatchObject({ value: "2018", type: "String" });
    expect(await typed("예산")).toMatchObject({ value: "예산", type: "String" });
  });

  it("clears a cell for an empty string, and leaves it as it is for null", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("예산").getRange("A2:B2").values = [["", null]];
      await context.sync();
    });
    expect(fake.workbook.sheets[0].cells.A2).toEqual({});
    expect(fake.workbook.sheets[0].cells.B2.value).toBe(1200);
  });

  it("refuses an array of another shape, and spreads a single value", async () => {
    const fake = smallExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("개요").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("개요").getRange("C1:D2").numberFormat = [["0.0"]];
      await context.sync();
    });
    expect(["C1", "D2"].map((a) => fake.workbook.sheets[1].cells[a].numberFormat)).toEqual(["0.0", "0.0"]);
  });
});

describe("values read", () => {
  it("give errors as their text with the Error type, empty cells as '' with the Empty type, formulas where there are", async () => {
    const fake = smallExcel();
    const read = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("예산").getRange("A4:D4").load("values, valueTypes, formulas, numberFormat, text, address, rowCount, columnCount");
      await context.sync();
      return range;
    });
    expect(read.values).toEqual([["계", 1170, "#DIV/0!", ""]]);
    expect(read.valueTypes).toEqual([["String", "Double", "Error", "Empty"]]);
    expect(read.formulas).toEqual([["계", "=SUM(B2:B3)", "=B4/0", ""]]);
    expect(read.numberFormat).toEqual([["General", "#,##0", "General", "General"]]);
    expect(read.text).toEqual([["계", "1,170", "#DIV/0!", ""]]);
    expect([read.address, read.rowCount, read.columnCount]).toEqual(["예산!A4:D4", 1, 4]);
  });

  it("show negatives and zero through the sections of a number format", async () => {
    const fake = smallExcel();
    const text = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("예산").getRange("B3");
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual([["△30"]]);
  });
});
