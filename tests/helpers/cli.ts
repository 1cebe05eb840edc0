import { main } from "../../src/cli/main";
import { SEED_NOW } from "./sample";

export interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI in-process with its clock stopped on the seed's date ("2018-09-30 09:00"). */
export async function run(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    clock: () => SEED_NOW,
    color: false,
  });
  return { code, stdout, stderr };
}
