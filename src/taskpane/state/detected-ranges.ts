import { isTableKind, type TableKind } from "../../core/kinds";
import type { CheckedRange, ValidateOutcome } from "../host";

/** A range found by its header words, with what naming it takes: one of our kinds and an address. */
export interface DetectedRange extends CheckedRange {
  readonly kind: TableKind;
  readonly range: string;
  readonly detected: true;
}

/** The ranges of a result that were found rather than named, in the order validation checked them. */
export function detectedRanges(outcome: ValidateOutcome | undefined): readonly DetectedRange[] {
  return outcome?.kind === "checked" ? outcome.ranges.filter(isDetected) : [];
}

function isDetected(range: CheckedRange): range is DetectedRange {
  return range.detected === true && range.range !== undefined && isTableKind(range.kind);
}
