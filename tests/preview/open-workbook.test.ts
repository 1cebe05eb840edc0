import { openWorkbook } from "../../src/preview/shim/open-workbook";
import type { PreviewParent } from "../../src/preview/protocol";

function parentOffering(name: string, text: string): PreviewParent {
  const bytes = new TextEncoder().encode(text);
  return { workbook: async () => ({ name, bytes: bytes.buffer }), show: () => undefined, failed: () => undefined };
}

describe("the preview's workbook", () => {
  it("says why a file does not open in Korean, in the words the command line uses for the same file", async () => {
    await expect(openWorkbook(parentOffering("2018 예산.xlsx", "not a zip"), "")).rejects.toThrow(
      "2018 예산.xlsx: .xlsx 파일이 아닙니다 (zip 형식이 아님). Excel에서 .xlsx로 저장한 파일을 지정하십시오",
    );
  });
});
