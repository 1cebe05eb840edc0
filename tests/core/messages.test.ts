import { formatNumber, QUOTE_LIMIT, renderMessage } from "../../src/core/messages";

describe("messages", () => {
  it("groups thousands and writes negatives with △ in Korean", () => {
    expect(formatNumber(1234567, "ko")).toBe("1,234,567");
    expect(formatNumber(-3, "ko")).toBe("△3");
    expect(formatNumber(-3, "en")).toBe("-3");
    expect(formatNumber(149.5, "ko")).toBe("149.5");
    expect(formatNumber(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatNumber(-0, "ko")).toBe("0");
  });

  it("cuts quoted workbook text so a 10,000-character cell cannot drown the message", () => {
    const template = { ko: "'{text}' 확인", en: "'{text}' check" };
    const message = renderMessage(template, { text: "가".repeat(10_000) }, "ko", QUOTE_LIMIT);
    expect(message).toBe(`'${"가".repeat(QUOTE_LIMIT - 1)}…' 확인`);
    expect(renderMessage(template, { text: "가".repeat(200) }, "ko")).toHaveLength(200 + 5);
  });
});
