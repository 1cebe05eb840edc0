import { hasHangul, nameToDefine } from "../core/detect/name-to-define";
import type { TableKind } from "../core/kinds";
import type { SheetRect } from "../core/names/reference";
import { labelKey } from "../core/values/text";
import type { NameToDefine, Workbook } from "../workbook/port";
import { checkWorkbook, type NoNames } from "./check-workbook";
import { readClock, type Clock } from "./clock";
import { checkOptionsFor, type RunOptions } from "./options";

/** A found table, and the name it now has. */
export interface NamedTable extends NameToDefine {
  readonly kind: TableKind;
}

export interface TablesNamed {
  readonly kind: "named";
  readonly named: readonly NamedTable[];
  /** Found tables of a kind that takes no second name (one `내용연수`), left unnamed. */
  readonly unnamed: readonly { readonly kind: TableKind; readonly rect: SheetRect }[];
}

/**
 * Names the tables found without names (`budget-check name`, the pane's Set up view): each gets a
 * workbook-scoped name of its kind, in the language of its header, never one the workbook already has.
 */
export async function nameTables(workbook: Workbook, clock: Clock, options: RunOptions): Promise<TablesNamed | NoNames> {
  const check = await checkWorkbook(workbook, checkOptionsFor({ ...options, detect: true }, readClock(clock).today));
  if (check.kind === "no-names") return check;
  const taken = await takenNames(workbook);
  const named: NamedTable[] = [];
  const unnamed: TablesNamed["unnamed"][number][] = [];
  for (const { kind, rect, headerWords } of check.detected) {
    const name = nameToDefine(kind, hasHangul(headerWords), rect.sheet, taken);
    if (name === undefined) {
      unnamed.push({ kind, rect });
      continue;
    }
    taken.add(labelKey(name));
    named.push({ name, rect, kind });
  }
  if (named.length > 0) await workbook.defineNames(named.map(({ name, rect }) => ({ name, rect })));
  return { kind: "named", named, unnamed };
}

/**
 * Names one range as a table of `kind` (the pane's Set up view: a found table, or the user's selection) in the
 * language given, never over a name the workbook has; null when the kind takes no other name.
 */
export async function nameTable(workbook: Workbook, kind: TableKind, rect: SheetRect, korean: boolean): Promise<NamedTable | null> {
  const name = nameToDefine(kind, korean, rect.sheet, await takenNames(workbook));
  if (name === undefined) return null;
  await workbook.defineNames([{ name, rect }]);
  return { name, rect, kind };
}

/** The workbook's names, as the classifier compares them. */
async function takenNames(workbook: Workbook): Promise<Set<string>> {
  const { names } = await workbook.outline();
  return new Set(names.map((n) => labelKey(n.name)));
}
