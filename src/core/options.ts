import type { Lang } from "./finding";
import type { RuleConfig } from "./rule-config";
import type { CivilDate } from "./values/dates";

export interface CheckOptions {
  /** The as-of date asked for explicitly (`--as-of`, the pane's setting); it wins over the workbook's `AsOfDate`. */
  readonly asOf?: CivilDate;
  /** Today, passed in so the core reads no clock: the as-of date when neither the caller nor the workbook gives one. */
  readonly today: CivilDate;
  /** Months after the as-of date in which a lot counts as due soon. */
  readonly dueWithinMonths: number;
  /** Largest difference between two amounts still taken as equal, in the table's unit. */
  readonly tolerance: number;
  /** Decimals a rate is compared at when its cell does not state its own precision. */
  readonly rateDecimals: number;
  readonly lang: Lang;
  /** Whether tables of the kinds named nowhere are looked for by their header words (`--no-detect` turns it off). */
  readonly detect: boolean;
  /** Rules set away from their default severity, or `off`; a rule not listed keeps its own. */
  readonly rules: RuleConfig;
}

const DEFAULT_DUE_WITHIN_MONTHS = 12;
const DEFAULT_TOLERANCE = 0.5;
const DEFAULT_RATE_DECIMALS = 1;

export function defaultOptions(today: CivilDate, overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    today,
    dueWithinMonths: DEFAULT_DUE_WITHIN_MONTHS,
    tolerance: DEFAULT_TOLERANCE,
    rateDecimals: DEFAULT_RATE_DECIMALS,
    lang: "ko",
    detect: true,
    rules: {},
    ...overrides,
  };
}
