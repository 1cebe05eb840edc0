import { exitCodeOf, renderVerdicts, verdictOf, type Observed } from "../../scripts/check-reports/verdict";

const clean = { part: "xl/workbook.xml", exitCode: 0, stderr: "", inputFails: false };
const opened: Observed = { file: "a.xlsx", reportExit: 1, reportStderr: "", written: true, converted: true, inputConverted: null, xml: [clean] };
const refused: Observed = {
  file: "b.xlsx",
  reportExit: 2,
  reportStderr: "b.xlsx: 파일이 손상되어 읽을 수 없습니다 (xl/workbook.xml).\n",
  written: false,
  converted: null,
  inputConverted: null,
  xml: [],
};

describe("check:reports verdicts", () => {
  it("passes a report that LibreOffice loads and whose parts pass xmllint", () => {
    expect(verdictOf(opened)).toEqual({ file: "a.xlsx", outcome: "opens", why: "", parts: 1 });
  });

  it("lists a file refused with exit 2 and a message as refused, quoting the message's first line", () => {
    expect(verdictOf(refused)).toMatchObject({ outcome: "refused", why: "b.xlsx: 파일이 손상되어 읽을 수 없습니다 (xl/workbook.xml)." });
  });

  it("fails an undeclared prefix, which xmllint reports on stderr while exiting 0", () => {
    const stderr = "-:2: namespace error : Namespace prefix r for id on sheet is not defined\n";
    const verdict = verdictOf({ ...opened, xml: [clean, { part: "xl/workbook.xml", exitCode: 0, stderr, inputFails: false }] });
    expect(verdict).toMatchObject({ outcome: "failed", why: "xl/workbook.xml: -:2: namespace error : Namespace prefix r for id on sheet is not defined" });
  });

  it("fails a part xmllint rejects, a report LibreOffice cannot load, and a report with no file", () => {
    expect(verdictOf({ ...opened, xml: [{ part: "xl/worksheets/sheet9.xml", exitCode: 1, stderr: "parser error", inputFails: false }] }).why).toMatch(/^xl\/worksheets\/sheet9.xml: xmllint exit 1/);
    expect(verdictOf({ ...opened, converted: false })).toMatchObject({ outcome: "failed", why: "LibreOffice could not load the output" });
    expect(verdictOf({ ...opened, written: false, xml: [] })).toMatchObject({ outcome: "failed" });
    expect(verdictOf({ ...opened, xml: [] })).toMatchObject({ outcome: "failed", why: "no XML part of the output was checked" });
  });

  it("lets a report fail only where its input already fails: a part past xmllint's depth limit, a package LibreOffice cannot load", () => {
    const deep = { part: "xl/workbook.xml", exitCode: 1, stderr: "-:2: parser error : Excessive depth in document: 256", inputFails: true };
    expect(verdictOf({ ...opened, xml: [deep] })).toMatchObject({ outcome: "inherited", why: "xl/workbook.xml: xmllint exit 1: -:2: parser error : Excessive depth in document: 256 (so does the input's)" });
    expect(verdictOf({ ...opened, converted: false, inputConverted: false })).toMatchObject({ outcome: "inherited", why: "LibreOffice cannot load the input either" });
    expect(verdictOf({ ...opened, xml: [deep, { ...deep, part: "xl/_rels/workbook.xml.rels", inputFails: false }] }).outcome).toBe("failed");
    expect(exitCodeOf([verdictOf({ ...opened, xml: [deep] })])).toBe(0);
  });

  it("fails a refusal with a stack trace, with a file left behind, or without a message, and a killed run", () => {
    expect(verdictOf({ ...refused, reportStderr: "Error: x\n    at open (src/a.ts:1:2)\n" }).outcome).toBe("failed");
    expect(verdictOf({ ...refused, written: true }).outcome).toBe("failed");
    expect(verdictOf({ ...refused, reportStderr: " " }).outcome).toBe("failed");
    expect(verdictOf({ ...refused, reportExit: null }).why).toMatch(/a signal/);
    expect(verdictOf({ ...refused, reportExit: 134 }).why).toMatch(/exit 134/);
  });

  it("exits 1 when any file failed, and prints one line per file with the counts", () => {
    const verdicts = [verdictOf(opened), verdictOf(refused)];
    expect(exitCodeOf(verdicts)).toBe(0);
    expect(exitCodeOf([...verdicts, verdictOf({ ...opened, converted: false })])).toBe(1);
    const table = renderVerdicts(verdicts).split("\n");
    expect(table[2]).toMatch(/^a\.xlsx\s+opens\s+1\s*$/);
    expect(table[3]).toMatch(/^b\.xlsx\s+refused\s+0\s+b\.xlsx: 파일이 손상되어/);
    expect(table[table.length - 1]).toBe("2 files: 1 reports open, 1 refused, 0 fail only as their input does, 0 failed");
  });
});
