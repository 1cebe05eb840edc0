import type { Clock } from "../app/clock";

/** What a command is given to talk to the world: the streams, the clock, whether to colour. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The system clock from bin/budget-check; tests pass a fixed one. */
  readonly clock: Clock;
  readonly color: boolean;
}
