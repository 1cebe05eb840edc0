import { once } from "node:events";
import { systemClock } from "../app/clock";
import { main } from "./main";

/** The process shell around `main`: the system clock, the real streams, the exit code. */
export function runCli(): void {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    // A full pipe holds the pieces in memory: wait for it to drain rather than pile up the whole output.
    write: (piece) => (process.stdout.write(piece) ? undefined : once(process.stdout, "drain").then(() => undefined)),
    clock: systemClock,
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
