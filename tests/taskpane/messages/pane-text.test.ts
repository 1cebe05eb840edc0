import { counted, paneText } from "../../../src/taskpane/messages/pane-text";

describe("paneText", () => {
  it("fills a message's placeholders in the pane's language", () => {
    expect(paneText("ko")("written", { sheet: "요약 (2)" })).toBe("'요약 (2)' 시트를 열어 두었습니다.");
    expect(paneText("en")("context", { asOf: "2018-09-30", months: 12 })).toBe("As of 2018-09-30 · due within 12 months");
  });

  it("takes a message's …One twin for a count of one, and groups counts by thousands as every number in our messages is", () => {
    const en = paneText("en");
    expect(counted(en, "rangesChecked", 1)).toBe("Checked 1 named range.");
    expect(counted(en, "rangesChecked", 2)).toBe("Checked 2 named ranges.");
    expect(counted(en, "errorCount", 12345)).toBe("12,345 errors");
    expect(counted(paneText("ko"), "listing", 29943)).toBe("결과 29,943건의 목록을 만드는 중입니다…");
    expect(counted(en, "acceptedTitle", 1)).toBe("1 accepted (not counted as errors)");
    expect(counted(paneText("ko"), "errorCount", 1)).toBe("오류 1건");
  });
});
