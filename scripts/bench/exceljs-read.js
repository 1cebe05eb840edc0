// The floor the CLI is measured against: ExcelJS reading the same file, doing nothing with the cells.
//   node scripts/bench/exceljs-read.js FILE load    new ExcelJS.Workbook().xlsx.readFile: the whole workbook in memory
//   node scripts/bench/exceljs-read.js FILE stream  ExcelJS's streaming WorkbookReader: every row of every sheet once
// Plain JavaScript run by plain Node: no TypeScript loader in the floor.
const ExcelJS = require("exceljs");

async function main() {
  const [file, mode] = process.argv.slice(2);
  let cells = 0;
  if (mode === "load") {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.eachSheet((sheet) => sheet.eachRow((row) => (cells += row.cellCount)));
  } else if (mode === "stream") {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", worksheets: "emit" });
    for await (const sheet of reader) for await (const row of sheet) cells += row.cellCount;
  } else {
    throw new Error(`unknown mode ${mode}: load or stream`);
  }
  process.stdout.write(`${cells}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
