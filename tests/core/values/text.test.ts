import { labelKey, normalizeText } from "../../../src/core/values/text";
import { headerKey, isTotalCell, isTotalLabel } from "../../../src/core/tables/headers";
import { cellText } from "../../../src/core/values/cell-readers";

describe("text normalisation", () => {
  it("folds NFD Korean, full-width forms and invisible spaces", () => {
    const nfd = "예산액".normalize("NFD");
    expect(nfd).not.toBe("예산액");
    expect(normalizeText(nfd)).toBe("예산액");
    expect(normalizeText("\u200B\u00A0 계 \u3000")).toBe("계");
    expect(normalizeText("ＡＢＣ１２３")).toBe("ABC123");
  });

  it("matches labels without regard to spaces and case", () => {
    expect(labelKey("예 산 액")).toBe(labelKey("예산액"));
    expect(labelKey("TOTAL")).toBe("total");
  });

  it("drops a trailing unit in brackets from header words", () => {
    expect(headerKey("집행율(%)")).toBe("집행율");
    expect(headerKey("예 산 액 (천원)")).toBe("예산액");
    expect(headerKey("Life (years)")).toBe("life");
    expect(headerKey("내용연수(년)")).toBe("내용연수");
    expect(headerKey("(천원)")).toBe("(천원)");
  });
});

describe("isTotalCell", () => {
  it("answers as isTotalLabel(headerKey(cellText(value)))", () => {
    const values = ["계", " 합 계 ", "TOTAL", "Total (천원)", "total(천원)", "Grand total", "IT-0001", "tally", "(total)", 3, null, "합계".normalize("NFD"), "\u200B계"];
    for (const value of values) expect([value, isTotalCell(value)]).toEqual([value, isTotalLabel(headerKey(cellText(value)))]);
  });
});
