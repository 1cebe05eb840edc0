import { officeErrorMessage } from "../../../src/taskpane/messages/office-errors";
import { OversizeRowError } from "../../../src/workbook/office/read-ranges";

describe("officeErrorMessage", () => {
  const error = (code: string) => Object.assign(new Error(`raw ${code} text from the host`), { code });

  it("speaks formally in Korean and plainly in English, naming the sheet and cell", () => {
    const context = { sheet: "장비", cell: "F12" };
    expect(officeErrorMessage(error("ItemNotFound"), "ko", context)).toBe(
      "요청한 시트, 이름 또는 셀을 통합 문서에서 찾을 수 없습니다 ('장비' 시트의 F12 셀). 삭제되거나 이름이 바뀌지 않았는지 확인하십시오. (오류 코드: ItemNotFound)",
    );
    expect(officeErrorMessage(error("ItemNotFound"), "en", context)).toBe(
      "Excel could not find the sheet, name or cell asked for (cell F12 on sheet '장비'). Check that it was not deleted or renamed. (error code: ItemNotFound)",
    );
    expect(officeErrorMessage(error("ResponsePayloadSizeLimitExceeded"), "ko", { name: "Inventory", sheet: "장비" })).toContain("(이름 'Inventory', '장비' 시트)");
  });

  it("has its own words for the codes a user can do something about", () => {
    const codes = ["ItemNotFound", "InvalidArgument", "AccessDenied", "InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "GeneralException", "ApiNotFound", "ItemAlreadyExists", "Conflict"];
    for (const lang of ["ko", "en"] as const) {
      const messages = codes.map((code) => officeErrorMessage(error(code), lang));
      expect(new Set(messages).size).toBe(codes.length);
      for (const message of messages) expect(message).not.toContain("raw");
    }
    expect(officeErrorMessage(error("InvalidOperationInCellEditMode"), "ko")).toContain("셀을 편집하는 중에는");
  });

  it("falls back to a general message, keeping the code, for codes it does not know and for plain errors", () => {
    expect(officeErrorMessage(error("SomethingNew"), "en")).toBe("Excel ran into an error while doing this. Save the workbook and try again. (error code: SomethingNew)");
    expect(officeErrorMessage(new TypeError("x is undefined"), "ko")).toBe(
      "Excel에서 작업을 처리하는 중 오류가 발생했습니다. 통합 문서를 저장한 뒤 다시 시도하십시오. (오류 코드: GeneralException)",
    );
  });
});

describe("a row Excel refuses however the read is cut", () => {
  it("is worded as a payload error naming the name, sheet and row", () => {
    const error = new OversizeRowError("Inventory", { area: 0, sheet: "장비", top: 9, left: 0, rows: 1, cols: 10 });
    expect(officeErrorMessage(error, "ko")).toBe(
      "읽을 범위가 한 번에 읽을 수 있는 양(웹용 Excel 5MB)보다 큽니다 (이름 'Inventory', '장비' 시트의 A10:J10 셀). 이름이 표만 가리키도록 범위를 줄이십시오. (오류 코드: ResponsePayloadSizeLimitExceeded)",
    );
  });
});
