import { main } from "../../src/cli/main";
import { SEED_TODAY } from "./sample";

export interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI in-process with today fixed at the seed's date. */
export async function run(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    today: SEED_TODAY,
    generatedAt: "2018-09-30 09:00",
    color: false,
  });
  return { code, stdout, stderr };
}
