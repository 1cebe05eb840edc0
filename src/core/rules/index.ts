import type { Rule } from "../rule";
import budgetNegativeAmount from "./budget/negative-amount";
import budgetOverExecuted from "./budget/over-executed";
import budgetRateMismatch from "./budget/rate-mismatch";
import budgetSplitMismatch from "./budget/split-mismatch";
import budgetTotalMismatch from "./budget/total-mismatch";
import cellBadDate from "./cell/bad-date";
import cellErrorValue from "./cell/error-value";
import cellNotANumber from "./cell/not-a-number";
import cellNumberAsText from "./cell/number-as-text";
import inventoryAmountMismatch from "./inventory/amount-mismatch";
import inventoryBadQuantity from "./inventory/bad-quantity";
import inventoryDueSoon from "./inventory/due-soon";
import inventoryDuplicateId from "./inventory/duplicate-id";
import inventoryFutureDate from "./inventory/future-date";
import inventoryMissingDate from "./inventory/missing-date";
import inventoryOverdue from "./inventory/overdue";
import inventoryUnknownLife from "./inventory/unknown-life";
import staffDifferenceMismatch from "./staff/difference-mismatch";
import staffTotalMismatch from "./staff/total-mismatch";
import tableFarCells from "./table/far-cells";
import tableFormulaRange from "./table/formula-range";
import tableMergedCells from "./table/merged-cells";
import tableMissingColumn from "./table/missing-column";
import tableTotalMismatch from "./table/total-mismatch";
import tableUnrecognized from "./table/unrecognized";
import workbookBeyondLimits from "./workbook/beyond-limits";
import workbookBrokenRange from "./workbook/broken-range";
import workbookDetectedTable from "./workbook/detected-table";

/** Every rule, in the order their findings are listed for one cell. */
export const RULES: readonly Rule[] = [
  workbookBrokenRange,
  workbookBeyondLimits,
  workbookDetectedTable,
  tableUnrecognized,
  tableMissingColumn,
  cellErrorValue,
  cellNotANumber,
  cellBadDate,
  budgetTotalMismatch,
  budgetRateMismatch,
  budgetSplitMismatch,
  budgetNegativeAmount,
  budgetOverExecuted,
  tableTotalMismatch,
  staffDifferenceMismatch,
  staffTotalMismatch,
  inventoryDuplicateId,
  inventoryMissingDate,
  inventoryFutureDate,
  inventoryBadQuantity,
  inventoryAmountMismatch,
  inventoryUnknownLife,
  inventoryOverdue,
  inventoryDueSoon,
  tableFormulaRange,
  tableMergedCells,
  tableFarCells,
  cellNumberAsText,
];

/** Every rule id there is: what a rule setting may name. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));
