/**
 * Accepted findings: a finding a person has approved with a reason. An acceptance is keyed by rule, sheet,
 * cell and a hash of the finding's data values, so when the numbers behind the finding change, the key no
 * longer matches and the acceptance lapses by itself.
 */
import type { Finding } from "../finding";
import { canonicalValue } from "./fingerprint";
import { sha256Hex } from "./sha256";

export interface Acceptance {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  /** SHA-256 of the finding's data values (see `findingKey`). */
  readonly key: string;
  readonly reason: string;
  readonly by?: string;
  /** ISO 8601 instant it was recorded. */
  readonly when: string;
}

export interface AcceptedFinding {
  readonly finding: Finding;
  readonly acceptance: Acceptance;
}

export interface AcceptanceSplit {
  /** Findings no acceptance covers: these alone count. */
  readonly open: readonly Finding[];
  readonly accepted: readonly AcceptedFinding[];
  /** Acceptances that match no finding any more: the numbers changed, or the finding is gone. */
  readonly lapsed: readonly Acceptance[];
}

/**
 * Data a rule words in the reader's language: derived from the other values, and left out of the key so that
 * an acceptance recorded in Korean holds in English too.
 */
const WORDED_KEYS = new Set(["hint", "kind", "unit"]);

/** The values the finding is about, in a canonical text independent of key order, language and number noise. */
export function findingKey(finding: Pick<Finding, "data">): string {
  const entries = Object.keys(finding.data)
    .filter((k) => !WORDED_KEYS.has(k))
    .sort()
    .map((k) => `${k}=${canonicalValue(finding.data[k]) ?? ""}`);
  return sha256Hex(entries.join("\n"));
}

export function acceptFinding(finding: Finding, reason: string, when: string, by?: string): Acceptance {
  const { rule, sheet, cell } = finding;
  return { rule, sheet, cell, key: findingKey(finding), reason, when, ...(by ? { by } : {}) };
}

export function splitAccepted(findings: readonly Finding[], acceptances: readonly Acceptance[]): AcceptanceSplit {
  const byIdentity = new Map(acceptances.map((a) => [identity(a), a]));
  // A finding's key is a hash of its values: worked out only for findings where some acceptance stands, not
  // for each of a register's hundreds of thousands.
  const places = new Set(acceptances.map((a) => identity({ ...a, key: "" })));
  const used = new Set<Acceptance>();
  const open: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  for (const finding of findings) {
    const acceptance = places.size > 0 && places.has(identity({ ...finding, key: "" })) ? byIdentity.get(identity({ ...finding, key: findingKey(finding) })) : undefined;
    if (acceptance === undefined) open.push(finding);
    else {
      accepted.push({ finding, acceptance });
      used.add(acceptance);
    }
  }
  return { open, accepted, lapsed: acceptances.filter((a) => !used.has(a)) };
}

/** Adds an acceptance, replacing one for the same finding (same rule, sheet and cell). */
export function withAcceptance(list: readonly Acceptance[], acceptance: Acceptance): Acceptance[] {
  const place = (a: Acceptance) => `${a.rule}\u0000${a.sheet}\u0000${a.cell}`;
  return [...list.filter((a) => place(a) !== place(acceptance)), acceptance];
}

function identity(a: Pick<Acceptance, "rule" | "sheet" | "cell" | "key">): string {
  return [a.rule, a.sheet.normalize("NFC"), a.cell.toUpperCase(), a.key].join("\u0000");
}
