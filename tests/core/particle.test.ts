import { renderMessage } from "../../src/core/messages";
import { particleAfter, spokenEnding } from "../../src/core/particle";

describe("particleAfter picks a particle by the word's last sound", () => {
  it("after Hangul: a final consonant or none", () => {
    expect(particleAfter("예산", "이/가")).toBe("이");
    expect(particleAfter("인력", "을/를")).toBe("을");
    expect(particleAfter("장비", "이/가")).toBe("가");
    expect(particleAfter("시트", "은/는")).toBe("는");
    expect(particleAfter("기준일", "과/와")).toBe("과");
    expect(particleAfter("요약", "과/와")).toBe("과");
    expect(particleAfter("교체 계획", "과/와")).toBe("과");
    expect(particleAfter("비고", "과/와")).toBe("와");
  });

  it("after ㄹ takes 로, not 으로; after other finals 으로; after a vowel 로", () => {
    expect(particleAfter("서울", "으로/로")).toBe("로");
    expect(particleAfter("기준일", "으로/로")).toBe("로");
    expect(particleAfter("천원", "으로/로")).toBe("으로");
    expect(particleAfter("요약 (2)", "으로/로")).toBe("로");
    expect(particleAfter("백만원", "으로/로")).toBe("으로");
    expect(particleAfter("검증 결과", "으로/로")).toBe("로");
  });

  it("after digits, as the number is read in Sino-Korean", () => {
    expect(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].map((d) => particleAfter(d, "이/가"))).toEqual([
      "이", "이", "가", "이", "가", "가", "이", "이", "이", "가",
    ]);
    expect(spokenEnding("10")).toBe("십");
    expect(spokenEnding("200")).toBe("백");
    expect(spokenEnding("2,000")).toBe("천");
    expect(spokenEnding("30,000")).toBe("만");
    expect(spokenEnding("4,000,000")).toBe("만");
    expect(spokenEnding("100,000,000")).toBe("억");
    expect(spokenEnding("1,137,337")).toBe("칠");
    expect(particleAfter("1,137,337", "으로/로")).toBe("로");
    expect(particleAfter("1,130", "으로/로")).toBe("으로");
    expect(particleAfter("△3", "이/가")).toBe("이");
    // After a decimal point digits are read one by one: 64.20 is 육십사 점 이영.
    expect(spokenEnding("64.2")).toBe("이");
    expect(spokenEnding("64.20")).toBe("영");
    expect(particleAfter("77.0%", "이/가")).toBe("가");
  });

  it("after Latin letters and words, as Koreans read them", () => {
    expect(particleAfter("B", "이/가")).toBe("가");
    expect(particleAfter("L", "으로/로")).toBe("로");
    expect(particleAfter("M", "을/를")).toBe("을");
    expect(particleAfter("R", "은/는")).toBe("은");
    expect(particleAfter("ID", "이/가")).toBe("가");
    expect(particleAfter("Budget", "이/가")).toBe("이");
    expect(particleAfter("Budget", "은/는")).toBe("은");
    expect(particleAfter("Budget", "을/를")).toBe("을");
    expect(particleAfter("Staff", "이/가")).toBe("가");
    expect(particleAfter("Inventory", "을/를")).toBe("를");
    expect(particleAfter("Total", "으로/로")).toBe("로");
    expect(particleAfter("Program", "으로/로")).toBe("으로");
    expect(particleAfter("Table", "이/가")).toBe("이");
    expect(particleAfter("AsOfDate", "이/가")).toBe("가");
    expect(particleAfter("Sheet1", "을/를")).toBe("을");
    expect(particleAfter("Sheet", "을/를")).toBe("를");
    expect(particleAfter("Budget_2024", "이/가")).toBe("가");
    expect(particleAfter("#N/A", "이/가")).toBe("가");
    expect(particleAfter("#DIV/0!", "이/가")).toBe("이");
  });

  it("skips quotes, brackets and an ellipsis at the end of the word", () => {
    expect(particleAfter("'예산 현황'", "을/를")).toBe("을");
    expect(particleAfter("'장비'", "을/를")).toBe("를");
    expect(particleAfter("“Budget”", "이/가")).toBe("이");
    expect(particleAfter("(천원)", "으로/로")).toBe("으로");
    expect(particleAfter("[합계]", "은/는")).toBe("는");
    expect(particleAfter("매우 긴 이름…", "이/가")).toBe("이");
  });

  it("after the marks these users write for zero and minus, and units written as symbols", () => {
    expect(particleAfter("'-'", "이/가")).toBe("가");
    expect(particleAfter("'△'", "을/를")).toBe("를");
    expect(particleAfter("3㎞", "이/가")).toBe("가");
  });

  it("takes the form after a consonant when nothing at the end can be read", () => {
    expect(spokenEnding("≠")).toBe("");
    expect(particleAfter("≠", "이/가")).toBe("이");
    expect(particleAfter("", "으로/로")).toBe("으로");
  });
});

describe("a particle in a template", () => {
  const template = { ko: "이름 {name}{이/가} '{sheet}'{을/를} 가리킵니다.", en: "The name {name} refers to '{sheet}'." };

  it("follows the value (and the quotes after it) in the rendered message", () => {
    expect(renderMessage(template, { name: "Budget", sheet: "예산 현황" }, "ko")).toBe("이름 Budget이 '예산 현황'을 가리킵니다.");
    expect(renderMessage(template, { name: "장비", sheet: "Staff" }, "ko")).toBe("이름 장비가 'Staff'를 가리킵니다.");
    expect(renderMessage(template, { name: "Budget", sheet: "예산" }, "en")).toBe("The name Budget refers to '예산'.");
  });

  it("follows a number as it is printed, and quoted text as it is cut", () => {
    const numbered = { ko: "수량 {quantity}{은/는} 0보다 커야 합니다.", en: "" };
    expect(renderMessage(numbered, { quantity: -3 }, "ko")).toBe("수량 △3은 0보다 커야 합니다.");
    expect(renderMessage(numbered, { quantity: 1000 }, "ko")).toBe("수량 1,000은 0보다 커야 합니다.");
    expect(renderMessage(numbered, { quantity: 2 }, "ko")).toBe("수량 2는 0보다 커야 합니다.");
    const quoted = { ko: "'{text}'{이/가} 있습니다.", en: "" };
    expect(renderMessage(quoted, { text: `${"가".repeat(9)}산` }, "ko", 5)).toBe("'가가가가…'가 있습니다.");
  });

  it("stays as written when the particle is not one we know, so the catalogue scan finds it", () => {
    expect(renderMessage({ ko: "{name}{으로서/로서} 씁니다.", en: "" }, { name: "Budget" }, "ko")).toBe("Budget{으로서/로서} 씁니다.");
  });
});
