import { join, resolve, sep } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");

/** `path` (URL-decoded, `/`-separated) inside `dir`, or undefined when it would leave it. */
export function within(dir: string, path: string): string | undefined {
  const file = resolve(dir, join(...path.split("/").filter(Boolean)));
  return file.startsWith(dir + sep) ? file : undefined;
}
