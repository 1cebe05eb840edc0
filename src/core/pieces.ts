/**
 * Long work (reading, checking, building and writing a summary) written as a generator that yields between
 * pieces of about `PIECE_ROWS` rows: the command line runs it straight through (`finish`), the pane awaits its
 * pace at every yield (`finishPaced`), so both get the same result from the same code.
 */
import type { Pace, Progress } from "./progress";

/** Rows of a long list written between two pauses: a few milliseconds' work in a browser. */
export const PIECE_ROWS = 2_000;
/** Cells of a sheet prepared for a writer between two pauses: about `PIECE_ROWS` rows of a list sheet's. */
export const PIECE_CELLS = 20_000;

export type Pieces<T> = Generator<void, T, undefined>;

export function finish<T>(pieces: Pieces<T>): T {
  for (;;) {
    const step = pieces.next();
    if (step.done) return step.value;
  }
}

/** Runs the pieces, awaiting `pace` between them with the progress of the step they are part of. */
export async function finishPaced<T>(pieces: Pieces<T>, pace: Pace, progress: Progress): Promise<T> {
  for (;;) {
    const step = pieces.next();
    if (step.done) return step.value;
    await pace(progress);
  }
}
