import type { Grid } from "../grid";
import type { Pace } from "../progress";
import { fingerprintOf, rangeHead, rowLines, type Fingerprint, type RangeFingerprint } from "./fingerprint";

/** Rows of canonical text built between two pauses: about 10 ms of work on a register's rows. */
const ROWS_PER_PIECE = 5_000;

/**
 * `fingerprintGrids` for a shell on a browser's one thread: the same canonical text, built a piece of rows at a
 * time with a pause between pieces, and hashed by `hash` (the platform's digest, which runs off the thread);
 * the same fingerprint, hash for hash.
 */
export async function fingerprintGridsPaced(grids: readonly Grid[], hash: (text: string) => Promise<string>, pace: Pace): Promise<Fingerprint> {
  const totalRows = grids.reduce((sum, grid) => sum + grid.values.length, 0);
  let rows = 0;
  const hashed: RangeFingerprint[] = [];
  for (const grid of grids) {
    const lines = [rangeHead(grid)];
    for (let r = 0; r < grid.values.length; r++) {
      if (r % ROWS_PER_PIECE === 0) await pace({ step: "fingerprint", rows: rows + r, totalRows });
      rowLines(grid, r, lines);
    }
    rows += grid.values.length;
    hashed.push({ name: grid.name, sheet: grid.sheet, hash: await hash(`${lines.join("\n")}\n`) });
  }
  return fingerprintOf(hashed);
}
