/**
 * The record Budget Check keeps in a workbook (a custom XML part, which Excel and the .xlsx path both keep
 * across save and reopen, with no length limit): the validation stamp, the accepted findings, and a copy of the
 * settings the add-in keeps in the document's settings, by key (Excel for Mac has been reported to lose either
 * mechanism on save, office-js issue 6091, so each keeps a copy of the other's).
 *
 * <budgetCheck xmlns="urn:budget-check:stamp:1">
 *   <stamp when version asOf errors warnings infos accepted hash><range name sheet hash/>…</stamp>
 *   <accepted rule sheet cell key reason by when/>…
 *   <setting key value/>…
 * </budgetCheck>
 */
import type { Finding } from "../finding";
import { isRuleLevel, overridesFromText, overridesText, type RuleConfig, type RuleLevel } from "../rule-config";
import { splitAccepted, type Acceptance, type AcceptanceSplit } from "./acceptance";
import type { Stamp } from "./stamp";

export const RECORD_NAMESPACE = "urn:budget-check:stamp:1";

export interface WorkbookRecord {
  readonly stamp: Stamp | null;
  readonly accepted: readonly Acceptance[];
  /** Copies of document settings, by key, each value as the settings hold it (JSON text). */
  readonly settings?: Readonly<Record<string, string>>;
  /**
   * Read from the copy the document's settings keep, because the workbook came back without its own record:
   * the shells say so rather than treat the workbook as never validated.
   */
  readonly recovered?: true;
  /** Rule severities saved with the workbook: the lowest layer of the rule settings, under files and options. */
  readonly rules?: RuleConfig;
}

export const EMPTY_RECORD: WorkbookRecord = { stamp: null, accepted: [] };

/** The findings the record's acceptances leave open, and those they cover. */
export function applyRecord(findings: readonly Finding[], record: WorkbookRecord): AcceptanceSplit {
  return splitAccepted(findings, record.accepted);
}

export function recordToXml(record: WorkbookRecord): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', `<budgetCheck xmlns="${RECORD_NAMESPACE}">`];
  const { stamp } = record;
  if (stamp !== null) {
    const { error, warning, info, accepted } = stamp.counts;
    const rules = stamp.rules && stamp.rules.length > 0 ? overridesText(stamp.rules) : undefined;
    const head = attrs({ when: stamp.when, version: stamp.version, asOf: stamp.asOf, errors: error, warnings: warning, infos: info, accepted, hash: stamp.hash, rules });
    lines.push(`<stamp${head}>`, ...stamp.ranges.map((r) => `<range${attrs({ name: r.name, sheet: r.sheet, hash: r.hash })}/>`), "</stamp>");
  }
  for (const a of record.accepted) {
    lines.push(`<accepted${attrs({ rule: a.rule, sheet: a.sheet, cell: a.cell, key: a.key, reason: a.reason, by: a.by, when: a.when })}/>`);
  }
  for (const [key, value] of Object.entries(record.settings ?? {})) lines.push(`<setting${attrs({ key, value })}/>`);
  for (const [id, level] of Object.entries(record.rules ?? {})) lines.push(`<rule${attrs({ id, level })}/>`);
  lines.push("</budgetCheck>");
  return lines.join("\n");
}

/** Reads a record back; null when the XML is not one (another program's part, or damaged). */
export function recordFromXml(xml: string): WorkbookRecord | null {
  if (!new RegExp(`<(?:\\w+:)?budgetCheck\\b[^>]*xmlns(?::\\w+)?="${RECORD_NAMESPACE}"`).test(xml)) return null;
  let stamp: Stamp | null = null;
  const ranges: { name: string; sheet: string; hash: string }[] = [];
  const accepted: Acceptance[] = [];
  const settings: Record<string, string> = {};
  const rules: Record<string, RuleLevel> = {};
  // Excel may hand the part back with a namespace prefix of its choosing, so prefixes are ignored.
  for (const m of xml.matchAll(/<(?:\w+:)?(stamp|range|accepted|setting|rule)\b([^>]*?)\/?>/g)) {
    const a = parseAttrs(m[2]);
    if (m[1] === "stamp") {
      stamp = {
        when: a.when ?? "",
        version: a.version ?? "",
        asOf: a.asOf ?? "",
        counts: { error: int(a.errors), warning: int(a.warnings), info: int(a.infos), accepted: int(a.accepted) },
        ranges,
        hash: a.hash ?? "",
        ...(a.rules !== undefined && { rules: overridesFromText(a.rules) }),
      };
    } else if (m[1] === "range") {
      ranges.push({ name: a.name ?? "", sheet: a.sheet ?? "", hash: a.hash ?? "" });
    } else if (m[1] === "setting") {
      if (a.key !== undefined && a.value !== undefined) settings[a.key] = a.value;
    } else if (m[1] === "rule") {
      // A level this version does not know (a newer one's, or a typo) leaves the rule at its default.
      if (a.id && isRuleLevel(a.level)) rules[a.id] = a.level;
    } else {
      const { rule = "", sheet = "", cell = "", key = "", reason = "", by, when = "" } = a;
      accepted.push({ rule, sheet, cell, key, reason, when, ...(by ? { by } : {}) });
    }
  }
  return {
    stamp,
    accepted,
    ...(Object.keys(settings).length > 0 && { settings }),
    ...(Object.keys(rules).length > 0 && { rules }),
  };
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function parseAttrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1].replace(/^\w+:/, "")] = unescapeXml(m[2] ?? m[3]);
  return out;
}

function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : named[e] ?? whole,
  );
}

function int(text: string | undefined): number {
  const n = Number(text);
  return Number.isInteger(n) ? n : 0;
}
