/**
 * Parsing is linear in what a file holds: for each shape a hostile file can take, four times the input takes at
 * most eight times as long (tests/helpers/growth.ts says how it is measured).
 */
import { checkWorkbook } from "../../../../src/app/check-workbook";
import { parseReference } from "../../../../src/core/names/reference";
import { openXlsxBuffer } from "../../../../src/workbook/xlsx";
import { readSharedStrings } from "../../../../src/workbook/xlsx/read/shared-strings";
import { parseWorkbookXml } from "../../../../src/workbook/xlsx/read/workbook-xml";
import { scanXml } from "../../../../src/workbook/xlsx/read/xml-scanner";
import { budgetRows, craftedXlsx } from "../../../hardening/crafted-xlsx";
import { testOptions } from "../../../helpers/grid";
import { expectLinear } from "../../../helpers/growth";

const WHOLE_SHEET = { sheet: "S", top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

const workbookXml = (body: string) => `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>${body}`;

describe("four times the input, at most eight times the time", () => {
  it("unclosed <sheet> tags in workbook.xml", async () => {
    await expectLinear((n) => {
      const xml = workbookXml(`<sheet name="S" sheetId="1">`.repeat(n));
      return () => expect(() => parseWorkbookXml(xml)).toThrow(/ends inside/);
    }, 10_000);
  });

  it("unclosed <definedName> tags in workbook.xml", async () => {
    await expectLinear((n) => {
      const xml = workbookXml(`</sheets><definedNames>${`<definedName name="Budget">S!A1`.repeat(n)}`);
      return () => expect(() => parseWorkbookXml(xml)).toThrow(/ends inside/);
    }, 10_000);
  });

  it("a start tag that never ends, in chunks", async () => {
    await expectLinear((n) => {
      const chunks = [workbookXml(`<sheet name="`), ...Array.from({ length: n }, () => "x".repeat(65_536))];
      const handler = { wantsText: false, open: () => undefined, close: () => undefined, text: () => undefined };
      return () => expect(scanXml(chunks, handler)).rejects.toThrow(/ends inside a tag/);
    }, 4);
  });

  it("a name wrapped in parentheses", async () => {
    await expectLinear((n) => {
      const formula = `${"(".repeat(n)}S!$A$1:$D$9${")".repeat(n)}`;
      return () => expect(parseReference(formula, ["S"])).toMatchObject({ kind: "range" });
    }, 50_000);
  });

  it("many names over a table, validated", async () => {
    await expectLinear((n) => {
      const names = Array.from({ length: n }, (_, i) => `<definedName name="Budget_${i}">S!$A$${(i % 200) + 1}:$D$${(i % 200) + 3}</definedName>`);
      const data = craftedXlsx({ sheets: [{ name: "S", rows: budgetRows(200) }], definedNames: names.join("") });
      return async () => checkWorkbook(await openXlsxBuffer(data, "t.xlsx"), testOptions({ detect: false }));
    }, 500);
  });

  it("long text in a shared string, streamed in chunks", async () => {
    await expectLinear((n) => {
      const chunks = ["<sst><si><t>", ...Array.from({ length: n }, () => "가".repeat(65_536)), "</t></si></sst>"];
      return async () => expect((await readSharedStrings(chunks))[0]).toHaveLength(n * 65_536);
    }, 16);
  });

  it("many merged areas", async () => {
    await expectLinear((n) => {
      const merges = Array.from({ length: n }, (_, i) => `<mergeCell ref="F${i + 1}:G${i + 1}"/>`).join("");
      const data = craftedXlsx({ sheets: [{ name: "S", rows: budgetRows(20), after: `<mergeCells>${merges}</mergeCells>` }] });
      return async () => (await openXlsxBuffer(data, "t.xlsx")).readRanges([{ name: "X", rect: WHOLE_SHEET }]);
    }, 2_000);
  });

  it("many cells", async () => {
    await expectLinear((n) => {
      const data = craftedXlsx({ sheets: [{ name: "S", rows: budgetRows(n) }] });
      return async () => (await openXlsxBuffer(data, "t.xlsx")).readRanges([{ name: "X", rect: WHOLE_SHEET }]);
    }, 2_000);
  });
});
