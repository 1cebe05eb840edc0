import type { Finding } from "../../core/finding";
import type { AcceptedFinding } from "../../core/stamp/acceptance";
import { applyRecord } from "../../core/stamp/make";
import type { Stamp } from "../../core/stamp/stamp";
import { readRecordFromXlsx } from "../../workbook/xlsx/write/record-part";

export interface RecordedFindings {
  /** What counts: findings no acceptance covers. */
  readonly open: readonly Finding[];
  readonly accepted: readonly AcceptedFinding[];
  readonly stamp: Stamp | null;
}

/** `validate` and `report` through the workbook's record: accepted findings apart, and its stamp for the summary. */
export async function withRecord(data: Uint8Array, findings: readonly Finding[]): Promise<RecordedFindings> {
  const record = await readRecordFromXlsx(data);
  const { open, accepted } = applyRecord(findings, record);
  return { open, accepted, stamp: record.stamp };
}
