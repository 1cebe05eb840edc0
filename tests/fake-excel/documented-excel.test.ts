/**
 * The fake host as Excel is documented to behave where it is less kind than the fake used to be (issue #15;
 * sources in docs/excel-host.md): each test shows the fake doing what the cited page or issue says.
 */
import { DOCUMENTED_EXCEL, fakeDocumentSettings, reopenedOnMac } from "../../src/fake-excel";
import { smallExcel } from "./helpers";

const mergedAreasOf = (fake: ReturnType<typeof smallExcel>, address: string) =>
  fake.run(async (context) => {
    const areas = context.workbook.worksheets.getItem("개요").getRange(address).getMergedAreasOrNullObject().load("address");
    await context.sync();
    return areas.isNullObject ? null : areas.address;
  });

describe("Range.getMergedAreasOrNullObject (office-js issue 3611, the method's remarks)", () => {
  it("returns only the merged areas whose top-left cell lies inside the range", async () => {
    const fake = smallExcel();
    fake.workbook.sheets[1].merges.push("B2:D3", "E5:F5");
    expect(await mergedAreasOf(fake, "C2:E6")).toBe("개요!E5:F5");
    expect(await mergedAreasOf(fake, "C3:D6")).toBeNull();
    expect(await mergedAreasOf(fake, "B2:F6")).toBe("개요!B2:D3, 개요!E5:F5");
  });

  it("fails on a range holding more than 512 merged areas, and answers for 512", async () => {
    const fake = smallExcel();
    for (let row = 1; row <= 513; row++) fake.workbook.sheets[1].merges.push(`A${row}:B${row}`);
    await expect(mergedAreasOf(fake, "A1:B513")).rejects.toMatchObject({ code: "GeneralException" });
    expect((await mergedAreasOf(fake, "A1:B512"))?.split(", ")).toHaveLength(512);
  });
});

describe("worksheet.names on Excel on the web (office-js issue 1011)", () => {
  const names = [
    { name: "Budget", formula: "=예산!$A$1:$B$4", visible: true },
    { name: "Cover", scopeSheet: "개요", formula: "=개요!$A$1", visible: true },
  ];
  const listed = (fake: ReturnType<typeof smallExcel>) =>
    fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/names/items/name, items/names/items/scope");
      const workbook = context.workbook.names.load("items/name");
      await context.sync();
      return {
        workbook: workbook.items.map((n) => n.name),
        sheets: sheets.items.map((s) => `${s.name}: ${s.names.items.map((n) => `${n.name} (${n.scope})`).join(", ")}`),
      };
    });

  it("lists the workbook's names under every sheet when the host flag asks for it, their scope still Workbook", async () => {
    expect(await listed(smallExcel(DOCUMENTED_EXCEL, names))).toEqual({
      workbook: ["Budget"],
      sheets: ["예산: Budget (Workbook)", "개요: Budget (Workbook), Cover (Worksheet)"],
    });
  });

  it("lists each scope apart without it, as Excel on the desktop does", async () => {
    expect((await listed(smallExcel({}, names))).sheets).toEqual(["예산: ", "개요: Cover (Worksheet)"]);
  });
});

describe("an oversize round trip (office-js issue 1314, office-js-docs-reference issue 354)", () => {
  it("is answered GeneralException over HTTP 500 in the documented mode", async () => {
    const fake = smallExcel({ ...DOCUMENTED_EXCEL, responseLimit: 10_000 });
    await expect(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("개요").getRange("A1:A100");
        range.values = Array.from({ length: 100 }, () => ["가".repeat(100)]);
        await context.sync();
        range.load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException", httpStatusCode: 500 });
  });
});

describe("page layout (office-js issue 1860)", () => {
  it("can be made to fail, and what the batch did before stays done", async () => {
    const fake = smallExcel({ failures: [{ operation: "PageLayout.zoom", code: "InvalidArgument" }] });
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("개요");
        sheet.getRange("B1").values = [["written"]];
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.sheets[1].cells.B1.value).toBe("written");
    expect(fake.workbook.sheets[1].pageLayout.zoom).not.toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
});

describe("document settings and custom XML parts after save on Excel for Mac (office-js issue 6091)", () => {
  it("keeps settings in memory until saveAsync, and reads the document's copy back with refreshAsync", async () => {
    const fake = smallExcel();
    const settings = fakeDocumentSettings(fake.workbook);
    settings.set("k", { a: 1 });
    expect(settings.get("k")).toEqual({ a: 1 });
    expect(fake.workbook.documentSettings).toBeUndefined();
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(fake.workbook.documentSettings).toEqual({ k: '{"a":1}' });
    settings.set("k", 2);
    await new Promise((resolve) => settings.refreshAsync(resolve));
    expect(settings.get("k")).toEqual({ a: 1 });
  });

  it("comes back without the custom XML parts, the settings, or both, as reported", async () => {
    const fake = smallExcel();
    await fake.run(async (context) => {
      context.workbook.customXmlParts.add('<r xmlns="urn:x"/>');
      await context.sync();
    });
    const settings = fakeDocumentSettings(fake.workbook);
    settings.set("k", 1);
    await new Promise((resolve) => settings.saveAsync(resolve));

    const noParts = reopenedOnMac(fake.workbook, ["customXmlParts"]);
    expect([noParts.customXmlParts, fakeDocumentSettings(noParts).get("k")]).toEqual([[], 1]);
    const noSettings = reopenedOnMac(fake.workbook, ["settings"]);
    expect([noSettings.customXmlParts?.length, fakeDocumentSettings(noSettings).get("k")]).toEqual([1, null]);
  });
});
