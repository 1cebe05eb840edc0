import { officeFailure } from "../../../src/workbook/office";

describe("officeFailure", () => {
  const error = (code: unknown) => Object.assign(new Error("raw text from the host"), { code });

  it("keeps a code the pane has words for as its reason", () => {
    expect(officeFailure(error("ItemNotFound"))).toEqual({ code: "ItemNotFound", reason: "ItemNotFound" });
    expect(officeFailure(error("ApiNotFound"))).toEqual({ code: "ApiNotFound", reason: "ApiNotFound" });
  });

  it("folds codes that mean the same to a user into one reason, keeping the code Excel gave", () => {
    expect(officeFailure(error("InsertDeleteConflict"))).toEqual({ code: "InsertDeleteConflict", reason: "Conflict" });
    expect(officeFailure(error("Timeout"))).toEqual({ code: "Timeout", reason: "RequestAborted" });
    expect(officeFailure(error("NotImplemented"))).toEqual({ code: "NotImplemented", reason: "InvalidOperation" });
  });

  it("reads an unknown code as a general failure, and an error without a code as GeneralException", () => {
    expect(officeFailure(error("SomethingNew"))).toEqual({ code: "SomethingNew", reason: "GeneralException" });
    for (const plain of [new TypeError("x is undefined"), error(""), error(42), null, "text"]) {
      expect(officeFailure(plain)).toEqual({ code: "GeneralException", reason: "GeneralException" });
    }
  });
});
