import type { RuleConfig } from "../core/rule-config";
import type { Workbook } from "../workbook/port";

/**
 * Saves the rule severities set in the pane in the workbook's record, beside its stamp and acceptances: both
 * shells read them from there. A record already holding the same settings is left alone.
 */
export async function saveRuleConfig(workbook: Workbook, rules: RuleConfig): Promise<void> {
  const record = await workbook.readRecord();
  if (sameRules(record.rules ?? {}, rules)) return;
  await workbook.writeRecord({ ...record, rules });
}

function sameRules(a: RuleConfig, b: RuleConfig): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((rule) => a[rule] === b[rule]);
}
