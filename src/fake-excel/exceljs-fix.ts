/**
 * ExcelJS 4.4 turns a formula's cached result into a Date whenever the cell has a date format, whatever the
 * result is: `=IFERROR(…,"-")`, `=NA()` or `=A1>0` in a date column come back as Invalid Date or 1899-12-31,
 * and the text, error or boolean is lost. We wrap the cell parser's reconcile step so that only numeric results
 * are converted. Importing this module applies the fix once for the process (it helps ExcelJS writers too:
 * they would write the Invalid Date back as `NaN`).
 */

const FORMULA = 6; // ExcelJS.ValueType.Formula

interface ParsedCellModel {
  type?: number;
  result?: unknown;
}

interface CellXformClass {
  prototype: { reconcile(model: ParsedCellModel, options: unknown): void };
}

// A deep import: the parser class is not exported, and ExcelJS has no `exports` map that would forbid it.
const { prototype } = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as CellXformClass;
const reconcile = prototype.reconcile;

prototype.reconcile = function reconcileKeepingNonNumericResults(model, options) {
  const kept = model.type === FORMULA && typeof model.result !== "number" ? model.result : undefined;
  reconcile.call(this, model, options);
  if (kept !== undefined) model.result = kept;
};
