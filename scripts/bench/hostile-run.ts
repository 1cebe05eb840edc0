/**
 * `npm run bench -- hostile`: builds every hostile file at bench scale into out/hostile-corpus/, runs
 * `budget-check validate --json` and `report` on each as a child process (killed after 120 s, twice the target,
 * so a slow file still gets its figure), prints the table and writes it into docs/performance.md.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, relative } from "node:path";
import { HOSTILE_CASES } from "../corpus/hostile";
import { consoleHostile, hostileSection, withHostileSection, type HostileRow } from "./hostile-report";
import { measureNode, ROOT } from "./measure";

const CLI = join(ROOT, "bin/budget-check.js");
const KILL_AFTER_MS = 120_000;

const say = (text: string) => process.stderr.write(`${text}\n`);

export async function hostileBench(out: string): Promise<void> {
  const folder = join(ROOT, "out/hostile-corpus");
  const reports = join(folder, "reports");
  mkdirSync(reports, { recursive: true });
  const rows: HostileRow[] = [];
  for (const hostile of HOSTILE_CASES) {
    say(hostile.file);
    const input = join(folder, hostile.file);
    const bytes = await hostile.build("bench");
    writeFileSync(input, bytes);
    const output = join(reports, hostile.file);
    rmSync(output, { force: true });
    const validate = measureNode(CLI, ["validate", input, "--json"], { timeoutMs: KILL_AFTER_MS });
    const report = measureNode(CLI, ["report", input, "-o", output], { timeoutMs: KILL_AFTER_MS });
    rows.push({ file: hostile.file, about: hostile.about, bytes: bytes.length, validate, report });
  }
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}`,
    rows,
  };
  process.stdout.write(`${consoleHostile(results)}\n`);
  writeFileSync(out, withHostileSection(readFileSync(out, "utf8"), hostileSection(results)));
  say(`wrote ${relative(process.cwd(), out)}`);
}
