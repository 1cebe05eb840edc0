import type { Lang } from "../core/finding";
import type { Pace } from "../core/progress";
import { defaultOptions, type CheckOptions } from "../core/options";
import type { RuleConfigLayer } from "../core/rule-config";
import type { CivilDate } from "../core/values/dates";

/** What a user may choose, in the pane's settings or on the command line; the rest takes the defaults. */
export interface RunOptions {
  readonly lang: Lang;
  /** Wins over the workbook's `AsOfDate`, which wins over today. */
  readonly asOf?: CivilDate;
  readonly dueWithinMonths?: number;
  readonly tolerance?: number;
  /** False keeps the strict contract: only named tables are checked. */
  readonly detect?: boolean;
  /**
   * Rule severities from the shell's own sources, the first winning (`--rule` before a config file); the
   * workbook's saved ones come under them all.
   */
  readonly ruleLayers?: readonly RuleConfigLayer[];
  /** The pane's: long work pauses on it between pieces (and reports progress); the command line runs straight through. */
  readonly pace?: Pace;
}

export function checkOptionsFor(options: RunOptions, today: CivilDate): CheckOptions {
  const { lang, asOf, dueWithinMonths, tolerance, detect } = options;
  return defaultOptions(today, {
    lang,
    ...(asOf && { asOf }),
    ...(dueWithinMonths !== undefined && { dueWithinMonths }),
    ...(tolerance !== undefined && { tolerance }),
    ...(detect !== undefined && { detect }),
  });
}
