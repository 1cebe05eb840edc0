import { main } from "./main";

/** The process shell around `main`: the real clock, the real streams, the exit code. */
export function runCli(): void {
  const now = new Date();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const pad = (n: number) => String(n).padStart(2, "0");
  const generatedAt = `${today.year}-${pad(today.month)}-${pad(today.day)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    today,
    generatedAt,
    color,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`budget-check: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
