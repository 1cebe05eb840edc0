import type { Finding } from "../core/finding";
import { acceptFinding, withAcceptance, type Acceptance } from "../core/stamp/acceptance";
import type { Workbook } from "../workbook/port";
import type { NoNames } from "./check-workbook";
import { readClock, type Clock } from "./clock";
import type { RunOptions } from "./options";
import { readValidation } from "./validate";

/** The finding to accept, by where it is and which rule found it, and why. */
export interface AcceptRequest {
  readonly rule: string;
  readonly sheet: string;
  /** A1, without `$`. */
  readonly cell: string;
  readonly reason: string;
  /** Who accepted it. */
  readonly by?: string;
}

export type AcceptOutcome =
  | NoNames
  /** No finding of that rule there now: `here` holds those that are. */
  | { readonly kind: "no-such-finding"; readonly here: readonly Finding[] }
  | { readonly kind: "accepted"; readonly finding: Finding; readonly acceptance: Acceptance };

/**
 * Accept: records in the workbook that a finding stands accepted, keyed to the values it is about as they are
 * now (the workbook is checked again first), so the acceptance lapses by itself when they change.
 */
export async function accept(workbook: Workbook, clock: Clock, options: RunOptions, request: AcceptRequest): Promise<AcceptOutcome> {
  const moment = readClock(clock);
  const validated = await readValidation(workbook, options, moment.today);
  if (validated.kind === "no-names") return validated;
  const sheet = request.sheet.normalize("NFC");
  const here = validated.check.findings.filter((f) => f.sheet.normalize("NFC") === sheet && f.cell === request.cell);
  const finding = here.find((f) => f.rule === request.rule);
  if (finding === undefined) return { kind: "no-such-finding", here };
  const acceptance = acceptFinding(finding, request.reason, moment.instant, request.by);
  const { record } = validated;
  await workbook.writeRecord({ ...record, accepted: withAcceptance(record.accepted, acceptance) });
  return { kind: "accepted", finding, acceptance };
}
