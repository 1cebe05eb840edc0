import { smallExcel } from "./helpers";

describe("what the fake records rather than draws", () => {
  it("keeps data bars with their bounds and colour", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const bar = context.workbook.worksheets.getItem("예산").getRange("B2:B3").conditionalFormats.add("DataBar");
      bar.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
      bar.dataBar.upperBoundRule = { type: "Number", formula: "1" };
      bar.dataBar.positiveFormat.fillColor = "#5b9bd5";
      await context.sync();
      context.workbook.worksheets.getItem("예산").getRange("B2").conditionalFormats.add("ColorScale");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.workbook.sheets[0].conditionalFormats).toEqual([
      { type: "DataBar", range: "B2:B3", lowerBound: { type: "Number", formula: "0" }, upperBound: { type: "Number", formula: "1" }, fillColor: "#5B9BD5" },
    ]);
  });

  it("keeps charts with their type, series, category values, title and position", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B3"), "Columns");
      chart.title.text = "예산액";
      chart.legend.visible = false;
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"));
      chart.setPosition("D2", "J16");
      chart.load("name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
    });
    expect(fake.workbook.sheets[0].charts).toEqual([
      {
        name: "Chart 1",
        type: "BarClustered",
        source: "B2:B3",
        seriesBy: "Columns",
        title: { text: "예산액", visible: true },
        legendVisible: false,
        series: [{ values: "B2:B3", xValues: "A2:A3" }],
        position: { start: "D2", end: "J16" },
      },
    ]);
  });

  it("keeps frozen panes and the printed page", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("예산");
      sheet.freezePanes.freezeRows(3);
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.orientation = "Portrait";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$3");
      sheet.pageLayout.setPrintArea("A1:I40");
      await context.sync();
      sheet.pageLayout.setPrintTitleRows("A1:B3");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const sheet = fake.workbook.sheets[0];
    expect([sheet.freeze, sheet.pageLayout]).toEqual([
      { rows: 3, columns: 0 },
      { orientation: "Portrait", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$3", printArea: "A1:I40", headerFooter: {} },
    ]);
  });

  it("keeps the headers and footers set for every page, and reads an unset one as empty", async () => {
    const fake = smallExcel();
    const read = await fake.run(async (context) => {
      const page = context.workbook.worksheets.getItem("예산").pageLayout.headersFooters.defaultForAllPages;
      page.centerFooter = "- &P / &N -";
      page.rightFooter = "인쇄 &D";
      await context.sync();
      page.load("centerFooter, leftHeader");
      await context.sync();
      return [page.centerFooter, page.leftHeader];
    });
    expect(read).toEqual(["- &P / &N -", ""]);
    expect(fake.workbook.sheets[0].pageLayout.headerFooter).toEqual({ centerFooter: "- &P / &N -", rightFooter: "인쇄 &D" });
  });
});
