import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { realPath } from "../files";

export type Listing =
  | { readonly kind: "files"; readonly files: readonly string[] }
  /** A file named on the command line is also the output: the original is never overwritten. */
  | { readonly kind: "sameOutput" };

/**
 * The workbooks to check: each file named, and every `.xlsx` directly in each folder named, by name. Excel's
 * `~$` lock files and the output being written are left out of a folder (a consolidated summary written there
 * before is recognised when it is read, as it holds none of the tables).
 */
export async function listWorkbooks(inputs: readonly string[], output: string | undefined): Promise<Listing> {
  const target = output === undefined ? undefined : await realPath(output);
  const candidates: { path: string; named: boolean }[] = [];
  for (const input of inputs) {
    const folder = await stat(input).then((s) => s.isDirectory(), () => false);
    if (!folder) {
      candidates.push({ path: input, named: true });
      continue;
    }
    const names = (await readdir(input, { withFileTypes: true }))
      .filter((e) => !e.isDirectory() && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$"))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    candidates.push(...names.map((name) => ({ path: join(input, name), named: false })));
  }
  // A file named twice, or named and also in a folder named, is checked once.
  const seen = new Set<string>();
  const files: string[] = [];
  for (const { path, named } of candidates) {
    const real = await realPath(path);
    if (real === target) {
      if (named) return { kind: "sameOutput" };
    } else if (!seen.has(real)) {
      seen.add(real);
      files.push(path);
    }
  }
  return { kind: "files", files };
}
