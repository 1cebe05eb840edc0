/**
 * Writes the two samples from the seed figures: `npx tsx scripts/build-sample.ts`. budget-check-sample.xlsx has
 * every table named; budget-check-office-sample.xlsx is the same division as an office writes it (no names, an
 * Excel table, the forms' words, amounts in 원, no as-of date). The output is byte-stable, so rebuilding an
 * unchanged sample leaves git clean.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { withExcelTables } from "./sample/excel-tables";
import { buildOfficeFixture } from "./sample/office-workbook";
import { buildSeedFixture, type SeedFigures } from "./sample/seed-workbook";
import { fixtureToXlsx } from "./sample/workbook-fixture";

const root = join(__dirname, "..");
const figuresPath = join(root, "assets/seed/figures.json");
const samples = join(root, "assets/samples");

function write(file: string, buffer: Buffer): void {
  const path = join(samples, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buffer);
  console.log(`${relative(process.cwd(), path)}: ${buffer.length} bytes`);
}

async function main(): Promise<void> {
  const figures = JSON.parse(readFileSync(figuresPath, "utf8")) as SeedFigures;
  write("budget-check-sample.xlsx", await fixtureToXlsx(buildSeedFixture(figures)));
  const office = buildOfficeFixture(figures);
  write("budget-check-office-sample.xlsx", await withExcelTables(await fixtureToXlsx(office.fixture), office.tables));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
