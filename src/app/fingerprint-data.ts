import type { Grid } from "../core/grid";
import type { Pace } from "../core/progress";
import { fingerprintGridsPaced } from "../core/stamp/fingerprint-paced";
import type { Fingerprint } from "../core/stamp/fingerprint";
import { fingerprintSubjects } from "../core/stamp/stamp";
import { sha256HexNative } from "./digest";

/**
 * The fingerprint of the data the subjects were read from: at once for the command line; paced, with the
 * platform's digest, when a pace is given (the pane).
 */
export async function fingerprintData(subjects: readonly { readonly grid?: Grid }[], pace: Pace | undefined): Promise<Fingerprint> {
  if (pace === undefined) return fingerprintSubjects(subjects);
  return fingerprintGridsPaced(
    subjects.flatMap((s): Grid[] => (s.grid ? [s.grid] : [])),
    sha256HexNative,
    pace,
  );
}
