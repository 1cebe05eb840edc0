/** The pane's progress lines for long work, in both languages, counts with thousands separators. */
import { paneText } from "../../src/taskpane/messages/pane-text";
import { progressText } from "../../src/taskpane/state/progress-text";

const check = { step: "check", table: 3, tables: 7, rows: 12_000, totalRows: 100_000 } as const;

describe("progressText", () => {
  it("counts tables and rows while checking", () => {
    expect(progressText(paneText("ko"), check)).toBe("표 3/7 검사 중입니다… (12,000 / 100,000행).");
    expect(progressText(paneText("en"), check)).toBe("Checking table 3 of 7… (12,000 / 100,000 rows).");
  });

  it("counts rows while fingerprinting, and names the summary's two steps", () => {
    const fingerprint = { step: "fingerprint", rows: 5_000, totalRows: 101_234 } as const;
    expect(progressText(paneText("ko"), fingerprint)).toBe("검증 기록에 남길 데이터를 읽는 중입니다… (5,000 / 101,234행).");
    expect(progressText(paneText("en"), fingerprint)).toBe("Reading the data for the stamp… (5,000 / 101,234 rows).");
    expect(progressText(paneText("ko"), { step: "summary" })).toBe("요약 시트의 내용을 만드는 중입니다…");
    expect(progressText(paneText("en"), { step: "write" })).toBe("Writing the summary into the workbook…");
  });

  it("counts rows while taking the workbook's cells in, and names the parsing that follows", () => {
    const read = { step: "read", rows: 24_000, totalRows: 100_079 } as const;
    expect(progressText(paneText("ko"), read)).toBe("통합 문서의 셀을 받는 중입니다… (24,000 / 100,079행).");
    expect(progressText(paneText("en"), read)).toBe("Taking in the workbook's cells… (24,000 / 100,079 rows).");
    expect(progressText(paneText("ko"), { step: "parse" })).toBe("표의 머리글과 행을 읽는 중입니다…");
    expect(progressText(paneText("en"), { step: "parse" })).toBe("Reading the tables' headers and rows…");
  });
});
