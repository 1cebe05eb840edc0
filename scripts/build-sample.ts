/**
 * Writes assets/samples/budget-check-sample.xlsx from the seed figures: `npx tsx scripts/build-sample.ts`.
 * The output is byte-stable, so rebuilding an unchanged sample leaves git clean.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { buildSeedFixture, type SeedFigures } from "./sample/seed-workbook";
import { fixtureToXlsx } from "./sample/workbook-fixture";

const root = join(__dirname, "..");
const figuresPath = join(root, "assets/seed/figures.json");
const outPath = join(root, "assets/samples/budget-check-sample.xlsx");

async function main(): Promise<void> {
  const figures = JSON.parse(readFileSync(figuresPath, "utf8")) as SeedFigures;
  const buffer = await fixtureToXlsx(buildSeedFixture(figures));
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, buffer);
  console.log(`${relative(process.cwd(), outPath)}: ${buffer.length} bytes`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
