import { mkdir, readFile, realpath, rename, writeFile, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Lang } from "../core/finding";
import { BrokenPackageError, checkZip } from "../workbook/xlsx";
import type { CliIo } from "./io";
import { say, sayBrokenOutput } from "./messages";

/** The same file, whatever the path's spelling or links: the original is never overwritten. */
async function sameFile(input: string, output: string): Promise<boolean> {
  return (await realPath(input)) === (await realPath(output));
}

export function realPath(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/** `-o` naming the input file: said, and true, so that the command stops before it reads anything. */
export async function refuseSameOutput(input: string, output: string, lang: Lang, io: CliIo): Promise<boolean> {
  if (!(await sameFile(input, output))) return false;
  io.stderr(say("sameOutput", lang, { detail: output }));
  return true;
}

/**
 * Writes a package next to the target, reads the file back as a zip reader would (every entry's headers, size,
 * CRC, inflated) and only then renames it into place: a failed or broken write never leaves a file behind.
 */
export async function writeAtomically(path: string, data: Uint8Array, lang: Lang, io: CliIo): Promise<boolean> {
  const folder = dirname(resolve(path));
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, data);
    checkZip(await readFile(temporary));
    await rename(temporary, path);
    return true;
  } catch (error) {
    // Half written, broken or not renamed: nothing of it may stay behind.
    await rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof BrokenPackageError) io.stderr(sayBrokenOutput(error, path, lang));
    else io.stderr(say("cannotWrite", lang, { file: path, detail: error instanceof Error ? error.message : String(error) }));
    return false;
  }
}
