import { PIECE_ROWS, type Pieces } from "./pieces";

/**
 * A loop over `count` rows (lots, cells) as pieces (core/pieces.ts): `span(from, to)` does rows `from` to
 * `to - 1`, at most `PIECE_ROWS` of them, with a pause between spans; a span that returns true ends the loop.
 * The rows' work belongs in a module-level function given what it needs as arguments (`span` only calls it):
 * V8 runs a long loop inside a generator, or in a closure over a generator's variables, up to twice as slowly.
 */
export function* rowSpans(count: number, span: (from: number, to: number) => boolean | void): Pieces<void> {
  for (let from = 0; from < count; from += PIECE_ROWS) {
    if (from > 0) yield;
    if (span(from, Math.min(count, from + PIECE_ROWS)) === true) return;
  }
}
