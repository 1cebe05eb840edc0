import type { Clock } from "../app/clock";
import { linePieces } from "./format/pieces";

/** What a command is given to talk to the world: the streams, the clock, whether to colour. */
export interface CliIo {
  /** Prints one output and a newline. */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Writes to stdout as it is, no newline added: a long output goes out piece by piece, and the promise, when
   * there is one, says the stream can take more. Without it, the pieces are joined and given to `stdout`.
   */
  readonly write?: (piece: string) => void | Promise<void>;
  /** The system clock from bin/budget-check; tests pass a fixed one. */
  readonly clock: Clock;
  readonly color: boolean;
  /** The module a folder run's workers run (src/cli/folder/worker.ts unless given): tests pass one that stalls. */
  readonly workerModule?: string;
}

/** Prints `pieces` as one output and a newline, as `stdout` prints a string, without joining them when it can. */
export async function printPieces(io: CliIo, pieces: Iterable<string>): Promise<void> {
  const { write } = io;
  if (write === undefined) return io.stdout([...pieces].join(""));
  for (const piece of pieces) await write(piece);
  await write("\n");
}

/** Prints `lines` as one output, one line each. */
export function printLines(io: CliIo, lines: Iterable<string>): Promise<void> {
  return printPieces(io, linePieces(lines));
}
