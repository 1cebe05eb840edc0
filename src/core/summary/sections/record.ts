import type { Acceptance } from "../../stamp/acceptance";
import { differingNames, type StampComparison, type Stamp } from "../../stamp/stamp";
import type { SheetBuilder } from "../sheet-builder";

/** The workbook's validation stamp, and whether the data still matches it. */
export function writeStampLine(b: SheetBuilder, stamp: Stamp, comparison: StampComparison): void {
  const { when, version, asOf } = stamp;
  const state = comparison.unchanged ? b.t("stampUnchanged") : b.t("stampChanged", { names: differingNames(comparison).join(", ") });
  b.line(`${b.t("stamped", { when, version, asOf })} · ${state}`, comparison.unchanged ? "passed" : "failed");
}

/** Why, by whom and when a finding was accepted, in one cell. */
export function acceptanceText(a: Acceptance): string {
  return a.by ? `${a.reason} (${a.by}, ${a.when})` : `${a.reason} (${a.when})`;
}
