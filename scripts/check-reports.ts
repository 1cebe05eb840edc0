/**
 * `npm run check:reports` (issue #14): for every .xlsx in the repository (tests/fixtures, assets/samples) and
 * every file of the hostile corpus at test scale (scripts/corpus/hostile.ts), runs `budget-check report`, has
 * LibreOffice load the output (`soffice --headless --convert-to csv`, a throw-away profile), and runs
 * `xmllint --noout` over every XML part the report wrote or edited (xl/workbook.xml among them). Prints a table;
 * exits 1 if any report fails to open, any part fails xmllint, or a refusal is not a plain exit-2 message.
 * Needs Debian's libreoffice-calc-nogui and libxml2-utils.
 *
 *   npx tsx scripts/check-reports.ts [--keep]     (--keep leaves the outputs in out/check-reports/)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import JSZip from "jszip";
import { HOSTILE_CASES } from "./corpus/hostile";
import { exitCodeOf, renderVerdicts, summaryLine, verdictOf, type Observed, type XmlCheck } from "./check-reports/verdict";

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "bin/budget-check.js");
const WORK = join(ROOT, "out/check-reports");
const REPORT_TIME_LIMIT_MS = 120_000;
const SOFFICE_TIME_LIMIT_MS = 900_000;

interface Input {
  /** As shown in the table: the path in the repository, or `hostile/NAME`. */
  readonly label: string;
  readonly path: string;
}

const say = (text: string) => process.stderr.write(`${text}\n`);

function xlsxUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...xlsxUnder(path));
    else if (entry.name.endsWith(".xlsx")) found.push(path);
  }
  return found.sort();
}

async function inputs(): Promise<Input[]> {
  const list: Input[] = [];
  for (const path of [...xlsxUnder(join(ROOT, "tests/fixtures")), ...xlsxUnder(join(ROOT, "assets/samples"))]) {
    list.push({ label: relative(ROOT, path), path });
  }
  const hostile = join(WORK, "hostile");
  mkdirSync(hostile, { recursive: true });
  for (const hostileCase of HOSTILE_CASES) {
    const path = join(hostile, hostileCase.file);
    writeFileSync(path, await hostileCase.build("test"));
    list.push({ label: `hostile/${hostileCase.file}`, path });
  }
  return list;
}

/** The entries of a zip by name, or null when JSZip cannot read it. */
async function entries(bytes: Buffer): Promise<Map<string, Buffer> | null> {
  try {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const map = new Map<string, Buffer>();
    for (const file of Object.values(zip.files)) if (!file.dir) map.set(file.name, await file.async("nodebuffer"));
    return map;
  } catch {
    return null;
  }
}

function xmllint(xml: Buffer): { exitCode: number | null; stderr: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "-"], { input: xml, maxBuffer: 64 * 1024 * 1024 });
  return { exitCode: result.status, stderr: result.stderr.toString() };
}

const lintFails = ({ exitCode, stderr }: { exitCode: number | null; stderr: string }) => exitCode !== 0 || stderr.trim() !== "";

/** xmllint over each XML part of the output that is not a byte-for-byte copy of the input's. */
async function checkWrittenParts(input: string, output: string): Promise<XmlCheck[]> {
  const written = await entries(readFileSync(output));
  if (written === null) return [{ part: "(the zip)", exitCode: 1, stderr: "the output does not read back as a zip (JSZip, CRC checked)", inputFails: false }];
  const original = (await entries(readFileSync(input))) ?? new Map<string, Buffer>();
  const checks: XmlCheck[] = [];
  for (const [name, bytes] of written) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const before = original.get(name);
    if (before?.equals(bytes)) continue;
    const lint = xmllint(bytes);
    checks.push({ part: name, ...lint, inputFails: lintFails(lint) && before !== undefined && lintFails(xmllint(before)) });
  }
  return checks;
}

/** LibreOffice loads and converts each file, all in one run; a file it could not load leaves no .csv. */
function convertAll(files: readonly string[], folder: string): Set<string> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const profile = join(WORK, "lo-profile");
  const convert = (batch: readonly string[]) =>
    spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", "csv", "--outdir", folder, ...batch], {
      stdio: "ignore",
      timeout: SOFFICE_TIME_LIMIT_MS,
    });
  const csvOf = (file: string) => join(folder, file.replace(/^.*\//, "").replace(/\.xlsx$/, ".csv"));
  convert(files);
  // A crash part-way loses the files after it: each is tried again alone.
  for (const file of files.filter((f) => !existsSync(csvOf(f)))) convert([file]);
  return new Set(files.filter((f) => existsSync(csvOf(f))));
}

function which(command: string): boolean {
  return spawnSync("which", [command], { stdio: "ignore" }).status === 0;
}

async function main(): Promise<void> {
  const missing = ["soffice", "xmllint"].filter((c) => !which(c));
  if (missing.length > 0) {
    say(`Not found: ${missing.join(", ")}. Install with: apt-get install libreoffice-calc-nogui libxml2-utils`);
    process.exit(2);
  }
  const keep = process.argv.includes("--keep");
  rmSync(WORK, { recursive: true, force: true });
  const files = await inputs();
  const reports = join(WORK, "reports");
  mkdirSync(reports, { recursive: true });

  // LibreOffice's answer comes last, from one run over every output, so each file's observation waits for it.
  const pending: { observed: Observed; input: string; output: string | null }[] = [];
  for (const [index, file] of files.entries()) {
    say(`report ${index + 1}/${files.length}: ${file.label}`);
    const output = join(reports, `${String(index).padStart(3, "0")}-${file.path.replace(/^.*\//, "")}`);
    const ran = spawnSync(process.execPath, [CLI, "report", file.path, "-o", output], { timeout: REPORT_TIME_LIMIT_MS, env: { ...process.env, NO_COLOR: "1" } });
    const written = existsSync(output);
    pending.push({
      observed: {
        file: file.label,
        reportExit: ran.status,
        reportStderr: ran.stderr.toString(),
        written,
        converted: null,
        inputConverted: null,
        xml: written ? await checkWrittenParts(file.path, output) : [],
      },
      input: file.path,
      output: written ? output : null,
    });
  }

  const outputs = pending.flatMap((p) => (p.output === null ? [] : [p.output]));
  say(`LibreOffice: loading ${outputs.length} reports`);
  const converted = convertAll(outputs, join(WORK, "converted"));
  const unloaded = pending.filter((p) => p.output !== null && !converted.has(p.output)).map((p) => p.input);
  say(`LibreOffice: loading the inputs of the ${unloaded.length} reports it could not load`);
  const inputsConverted = convertAll(unloaded, join(WORK, "converted-inputs"));
  const verdicts = pending.map(({ observed, input, output }) =>
    verdictOf({
      ...observed,
      converted: output === null ? null : converted.has(output),
      inputConverted: unloaded.includes(input) ? inputsConverted.has(input) : null,
    }),
  );
  process.stdout.write(`${renderVerdicts(verdicts)}\n`);
  say(`${new Date().toISOString().slice(0, 10)}: ${summaryLine(verdicts)} (soffice: ${execFileSync("soffice", ["--version"]).toString().trim()})`);
  if (!keep) rmSync(WORK, { recursive: true, force: true });
  process.exit(exitCodeOf(verdicts));
}

main().catch((error: unknown) => {
  say(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(2);
});
