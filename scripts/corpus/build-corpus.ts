/**
 * Builds tests/fixtures/corpus/: workbooks broken in the ways finance workbooks arrive broken, each with the
 * exit code and the messages or findings `budget-check validate` must give it (expected.json). Run with
 * `npm run build:corpus`; tests/hardening/corpus.test.ts checks every file against its expectation. It also writes
 * the hostile corpus (hostile.ts) at bench scale into out/hostile-corpus/, to try by hand.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import figures from "../../assets/seed/figures.json";
import { buildSeedFixture, SAMPLE_SHEETS } from "../sample/seed-workbook";
import { cloneFixture, fixtureToXlsx, getSheet, patchCell, rangeRef, setCell, setName, type WorkbookFixture } from "../sample/workbook-fixture";
import { compoundFile, zipBomb } from "./containers";
import { HOSTILE_CASES } from "./hostile";

const OUT = join(__dirname, "../../tests/fixtures/corpus");
/** The hostile corpus at the sizes the issue measured: hundreds of megabytes, so written outside the repository's files. */
const HOSTILE_OUT = join(__dirname, "../../out/hostile-corpus");
const { budget, inventory, other } = SAMPLE_SHEETS;

export interface Expectation {
  readonly file: string;
  /** What is wrong with it, for the reader of the test output. */
  readonly about: string;
  readonly exitCode: 0 | 1 | 2;
  /** Text stderr must hold (exit 2). */
  readonly stderr?: readonly string[];
  /** Findings that must be among the output: rule, and where known sheet, cell and a piece of the message. */
  readonly findings?: readonly { rule: string; sheet?: string; cell?: string; name?: string; message?: string }[];
  /** Exact error count, where the case must add no other error. */
  readonly errors?: number;
}

interface Case extends Expectation {
  build(): Promise<Buffer>;
}

const seed = buildSeedFixture(figures);

function planted(change: (f: WorkbookFixture) => void): () => Promise<Buffer> {
  return () => {
    const fixture = cloneFixture(seed);
    change(fixture);
    return fixtureToXlsx(fixture);
  };
}

function merge(fixture: WorkbookFixture, sheet: string, range: string): void {
  const target = getSheet(fixture, sheet);
  target.merges = [...(target.merges ?? []), range];
}

/** Edits a part of a built workbook as text: what the fixture model cannot say (hidden rows, odd XML). */
async function patchPart(xlsx: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const ERROR_VALUES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"];

const CASES: Case[] = [
  {
    file: "not-a-zip.xlsx",
    about: "a text file named .xlsx",
    exitCode: 2,
    stderr: ["not-a-zip.xlsx", "zip 형식이 아님"],
    build: async () => Buffer.from("단위사업명,예산액\n기본경비,177566\n", "utf8"),
  },
  {
    file: "zip-without-workbook.xlsx",
    about: "a zip with no xl/workbook.xml",
    exitCode: 2,
    stderr: ["zip-without-workbook.xlsx", "xl/workbook.xml"],
    build: async () => new JSZip().file("readme.txt", "not a workbook").generateAsync({ type: "nodebuffer" }),
  },
  {
    file: "password-protected.xlsx",
    about: "an encrypted workbook: Excel saves it as an OLE compound file with EncryptionInfo",
    exitCode: 2,
    stderr: ["password-protected.xlsx", "암호로 보호된 파일"],
    build: async () => compoundFile(["EncryptionInfo", "EncryptedPackage"]),
  },
  {
    file: "old-format.xls",
    about: "an Excel 97-2003 workbook",
    exitCode: 2,
    stderr: ["old-format.xls", ".xls 형식"],
    build: async () => compoundFile(["Workbook", "\u0005SummaryInformation"]),
  },
  {
    file: "zip-bomb.xlsx",
    about: "a few megabytes that inflate to 2.5 GB",
    exitCode: 2,
    stderr: ["zip-bomb.xlsx", "지나치게 커지는 파일"],
    build: () => zipBomb(2.5 * 2 ** 30),
  },
  {
    file: "name-ref-error.xlsx",
    about: "a name whose cells were deleted (#REF!)",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "workbook/broken-range", name: "Table_삭제됨", cell: "", message: "#REF!" }],
    build: planted((f) => setName(f, "Table_삭제됨", "#REF!")),
  },
  {
    file: "name-other-workbook.xlsx",
    about: "a name that refers to another workbook",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "workbook/broken-range", name: "Table_외부", message: "다른 통합 문서" }],
    build: planted((f) => setName(f, "Table_외부", "[1]Sheet1!$A$1:$B$3")),
  },
  {
    file: "name-several-areas.xlsx",
    about: "a name over two areas",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "workbook/broken-range", name: "Table_두영역", message: "여러 영역" }],
    build: planted((f) => setName(f, "Table_두영역", `${rangeRef(other, "A2:E4")},${rangeRef(other, "A7:B12")}`)),
  },
  {
    file: "name-constant.xlsx",
    about: "a name that holds a constant",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "workbook/broken-range", name: "Budget_비율", message: "상수" }],
    build: planted((f) => setName(f, "Budget_비율", "0.5")),
  },
  {
    file: "name-whole-columns.xlsx",
    about: "the inventory named by whole columns",
    exitCode: 0,
    errors: 0,
    findings: [{ rule: "inventory/overdue", sheet: inventory, cell: "F11" }],
    build: planted((f) => setName(f, "Inventory", `'${inventory}'!$A:$J`)),
  },
  {
    file: "name-all-rows.xlsx",
    about: "the inventory named down to row 1,048,576 with 40 rows of data",
    exitCode: 0,
    errors: 0,
    findings: [{ rule: "inventory/overdue", sheet: inventory, cell: "F42" }],
    build: planted((f) => setName(f, "Inventory", `'${inventory}'!$A$3:$J$1048576`)),
  },
  {
    file: "name-empty-range.xlsx",
    about: "a name over empty cells",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "workbook/broken-range", name: "Table_빈칸", sheet: other, cell: "H30", message: "비어 있습니다" }],
    build: planted((f) => setName(f, "Table_빈칸", rangeRef(other, "H30:J40"))),
  },
  {
    file: "merged-data-cells.xlsx",
    about: "two budget amounts merged into one cell: Excel keeps the first and adds it once",
    exitCode: 1,
    // B7 reads as empty, so its executed amount is over a budget of 0: an error since over-executed is one.
    errors: 2,
    findings: [
      { rule: "table/merged-cells", sheet: budget, cell: "B6", message: "B6:B7" },
      { rule: "budget/total-mismatch", sheet: budget, cell: "B4" },
      { rule: "budget/over-executed", sheet: budget, cell: "C7" },
    ],
    build: planted((f) => {
      patchCell(f, budget, "B7", { value: null });
      merge(f, budget, "B6:B7");
    }),
  },
  {
    file: "merged-label-cells.xlsx",
    about: "a staff series label merged down its rows (the long layout): read as a reader sees it",
    exitCode: 0,
    errors: 0,
    build: planted((f) => {
      setName(f, "Staff_직종별", rangeRef(other, "H2:L5"));
      setCell(f, other, "H2", "직종");
      setCell(f, other, "I2", "직급");
      setCell(f, other, "J2", "정원");
      setCell(f, other, "K2", "현원");
      setCell(f, other, "L2", "과부족");
      setCell(f, other, "H3", "일반직");
      [["6급", 4, 7, 3], ["7급", 8, 11, 3], ["9급", 4, 1, "△3"]].forEach(([grade, a, c, d], i) => {
        setCell(f, other, `I${3 + i}`, grade);
        setCell(f, other, `J${3 + i}`, a);
        setCell(f, other, `K${3 + i}`, c);
        setCell(f, other, `L${3 + i}`, d);
      });
      merge(f, other, "H3:H5");
    }),
  },
  {
    file: "hidden-rows.xlsx",
    about: "a budget detail row hidden: SUM still counts it, and so do we",
    exitCode: 0,
    errors: 0,
    build: async () => patchPart(await planted(() => {})(), "xl/worksheets/sheet2.xml", (xml) => xml.replace(/<row r="7"/, '<row r="7" hidden="1"')),
  },
  {
    file: "error-values.xlsx",
    about: "every Excel error value where a unit cost is needed",
    exitCode: 1,
    errors: ERROR_VALUES.length,
    findings: ERROR_VALUES.map((error, i) => ({ rule: "cell/error-value", sheet: inventory, cell: `H${10 + i}`, message: error })),
    build: planted((f) => ERROR_VALUES.forEach((error, i) => setCell(f, inventory, `H${10 + i}`, { error }))),
  },
  {
    file: "serial-60.xlsx",
    about: "Excel's serial 60, the 1900-02-29 that never was",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "cell/bad-date", sheet: inventory, cell: "F33", message: "1900-02-29" }],
    build: planted((f) => patchCell(f, inventory, "F33", { value: 60, numFmt: "yyyy-mm-dd" })),
  },
  {
    file: "date-before-1900.xlsx",
    about: "a text date before 1900",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "cell/bad-date", sheet: inventory, cell: "F33", message: "1900년 이전" }],
    build: planted((f) => patchCell(f, inventory, "F33", { value: "1899. 12. 31.", numFmt: undefined })),
  },
  {
    file: "numbers-past-2-53.xlsx",
    about: "a budget amount past 2^53, as text and as a number",
    exitCode: 1,
    errors: 2,
    findings: [
      { rule: "cell/not-a-number", sheet: budget, cell: "B5", message: "2^53" },
      { rule: "cell/not-a-number", sheet: budget, cell: "C5", message: "2^53" },
    ],
    build: planted((f) => {
      patchCell(f, budget, "B5", { value: "12,345,678,901,234,567,890" });
      patchCell(f, budget, "C5", { value: 1e20 });
    }),
  },
  {
    file: "full-width-digits.xlsx",
    about: "an amount typed with full-width digits and comma",
    exitCode: 0,
    errors: 0,
    findings: [{ rule: "cell/number-as-text", sheet: budget, cell: "B9", message: "１７７，５６６" }],
    build: planted((f) => patchCell(f, budget, "B9", { value: "１７７，５６６" })),
  },
  {
    file: "nfd-headers.xlsx",
    about: "Korean headers and labels in NFD (as macOS and some exports write them)",
    exitCode: 0,
    errors: 0,
    build: planted((f) => {
      for (const cell of ["A3", "B3", "C3", "D3", "A4"]) {
        const sheet = f.sheets.find((s) => s.name === budget)!;
        const spec = sheet.cells[cell];
        const text = typeof spec === "object" && spec !== null ? String(spec.value) : String(spec);
        patchCell(f, budget, cell, { value: text.normalize("NFD") });
      }
    }),
  },
  {
    file: "invisible-spaces.xlsx",
    about: "zero-width and no-break spaces around headers and the 계 label",
    exitCode: 0,
    errors: 0,
    build: planted((f) => {
      patchCell(f, budget, "A3", { value: "\u200B단위사업명\u00A0" });
      patchCell(f, budget, "B3", { value: "\u00A0예 산 액\u200D" });
      patchCell(f, budget, "A4", { value: "\uFEFF계\u3000" });
    }),
  },
  {
    file: "long-cells.xlsx",
    about: "a 10,000-character description on an overdue lot",
    exitCode: 0,
    errors: 0,
    findings: [{ rule: "inventory/overdue", sheet: inventory, cell: "F11" }],
    build: planted((f) => {
      patchCell(f, inventory, "A11", { value: null });
      patchCell(f, inventory, "C11", { value: "서버".repeat(5000) });
    }),
  },
  {
    file: "header-only.xlsx",
    about: "a budget range that is its header row alone",
    exitCode: 0,
    errors: 0,
    build: planted((f) => setName(f, "Budget", rangeRef(budget, "A3:D3"))),
  },
  {
    file: "duplicate-headers.xlsx",
    about: "two 예산액 columns: the first is the budget, the second is still totalled",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "budget/total-mismatch", sheet: budget, cell: "E4" }],
    build: planted((f) => {
      patchCell(f, budget, "E3", { value: "예산액" });
      for (let row = 4; row <= 9; row++) patchCell(f, budget, `E${row}`, { value: row === 4 ? 1 : 0 });
      setName(f, "Budget", rangeRef(budget, "A3:E9"));
    }),
  },
  {
    file: "two-total-rows.xlsx",
    about: "a 계 row on top and a 합계 row at the bottom, the bottom one wrong",
    exitCode: 1,
    errors: 1,
    findings: [{ rule: "budget/total-mismatch", sheet: budget, cell: "B10", message: "숫자 자리 바뀜 의심" }],
    build: planted((f) => {
      setCell(f, budget, "A10", "합계");
      setCell(f, budget, "B10", 4165473 + 90);
      setCell(f, budget, "C10", 3205952);
      setCell(f, budget, "D10", 77);
      setName(f, "Budget", rangeRef(budget, "A3:D10"));
    }),
  },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const expectations: Expectation[] = [];
  for (const { build, ...expectation } of CASES) {
    writeFileSync(join(OUT, expectation.file), await build());
    expectations.push(expectation);
  }
  writeFileSync(join(OUT, "expected.json"), `${JSON.stringify(expectations, null, 2)}\n`);
  console.log(`Wrote ${expectations.length} workbooks and expected.json to ${OUT}`);
  mkdirSync(HOSTILE_OUT, { recursive: true });
  for (const hostile of HOSTILE_CASES) writeFileSync(join(HOSTILE_OUT, hostile.file), await hostile.build("bench"));
  console.log(`Wrote ${HOSTILE_CASES.length} hostile files at bench scale to ${HOSTILE_OUT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
