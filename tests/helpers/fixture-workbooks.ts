/**
 * Every workbook file committed under assets/samples and tests/fixtures: the fixtures on which the CLI (ExcelJS)
 * and the add-in (Office.js on the fake host) must agree, and which neither may change.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";

const ROOT = join(__dirname, "../..");
const FOLDERS = ["assets/samples", "tests/fixtures"];
/** `.xls` too: an old-format file in the corpus must be refused by both shells alike. */
const WORKBOOK = /\.xls[xm]?$/i;

export interface FixtureWorkbook {
  /** Relative to the repository, for test titles. */
  readonly name: string;
  readonly path: string;
  readonly fileName: string;
  readonly bytes: Buffer;
}

export function fixtureWorkbooks(): FixtureWorkbook[] {
  return FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder)))
    .filter((path) => WORKBOOK.test(path))
    .sort()
    .map((path) => ({ name: relative(ROOT, path), path, fileName: basename(path), bytes: readFileSync(path) }));
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Fixtures on which a shell fails through a bug outside the code under test, by name; their tests run as
 * `it.failing`, which turns red once the bug is fixed, so the entry is taken off then.
 */
export const KNOWN_BUGS: Readonly<Record<string, string>> = {};

/** `it`, or `it.failing` for a fixture with a known bug. */
export function itFor(fixture: { readonly name: string }): jest.It {
  return KNOWN_BUGS[fixture.name] === undefined ? it : it.failing;
}
