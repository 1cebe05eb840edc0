import { CLI_MESSAGES } from "../src/cli/messages";
import { KINDS } from "../src/core/kinds";
import type { Catalogue } from "../src/core/messages";
import { PARTICLES } from "../src/core/particle";
import { RULES } from "../src/core/rules";
import { SUMMARY_LABELS } from "../src/core/summary/labels";
import { UNIT_NAMES } from "../src/core/units/money-unit";
import { OFFICE_ERROR_MESSAGES, OFFICE_ERROR_PARTS } from "../src/taskpane/messages/office-errors";
import { PANE_MESSAGES } from "../src/taskpane/messages/pane";
import { UNREADABLE_WORKBOOK_MESSAGES } from "../src/text/unreadable-workbook";

// Every catalogue of the product, by where its text is shown. Listed here rather than in src/, where one list
// would have to import every shell.
const CATALOGUES: ReadonlyArray<readonly [string, Catalogue]> = [
  ...RULES.map((rule) => [`rule ${rule.id}`, { description: rule.description, ...rule.messages }] as const),
  ["summary labels", SUMMARY_LABELS],
  ["command line", CLI_MESSAGES],
  ["unreadable workbook (command line, preview)", UNREADABLE_WORKBOOK_MESSAGES],
  ["task pane", PANE_MESSAGES],
  ["Office errors", OFFICE_ERROR_MESSAGES],
  ["Office error parts", OFFICE_ERROR_PARTS],
  ...KINDS.map((kind) => [`kind ${kind.id}`, { ...kind.labels }] as const),
  ["money units", UNIT_NAMES],
];

/**
 * The entries that are labels, not sentences: button text, headings, column headers, captions, counts and
 * lines of a list. They end without a period; every other entry is a sentence and ends with one. A new label
 * goes here, by its catalogue's name; a new sentence needs nothing.
 */
const LABELS: Readonly<Record<string, readonly string[]>> = {
  "summary labels": [
    ...["summarySheet", "replacementSheet", "findingsSheet", "consolidatedDepartment", "asOf", "generatedAt"],
    ...["fileIs", "validation", "passed", "error", "warning", "info", "unit", "unitAssumed", "asOfFromOption"],
    ...["asOfFromWorkbook", "asOfFromToday", "program", "budget", "executed", "remaining", "rate", "national"],
    ...["province", "city", "district", "specialGrant", "fund", "own", "bySource", "total", "subtotal", "series"],
    ...["grade", "authorized", "current", "difference", "byCategory", "byYear", "category", "dueYear", "lots"],
    ...["description", "id", "quantity", "unitCost", "acquired", "dueDate", "estimatedCost", "state", "overdue"],
    ...["dueSoon", "message", "severity", "location", "rule", "severityError", "severityWarning", "severityInfo"],
    ...["none", "stamped", "stampUnchanged", "stampChanged", "acceptedSection", "reason", "accepted", "fileCount"],
    ...["unreadableCount", "division", "overdueLots", "overdueCost", "dueSoonLots", "dueSoonCost", "byFile"],
    ...["status", "rateChart", "costChart", "ruleSettings", "ruleDefaults", "ruleOff", "ruleFromOption", "ruleFromFile"],
    ...["ruleFromWorkbook", "titleWithDepartment", "titleWithoutDepartment", "departmentIs", "departmentFromTitle"],
    ...["departmentFromSetting", "fiscalYearIs", "fiscalYearFromAsOf", "pageNumber", "printedOn", "totalTable"],
    ...["breakdownTable", "reconcileCaption", "reconcileItem", "reconcileTotal", "reconcileBreakdown", "reconcileDifference", "readFailed"],
  ],
  "command line": [
    ...["usage", "wordsOfKind", "none", "moreNames", "folderTotal", "unreadableFiles", "asOf", "asOfToday"],
    ...["passed", "error", "warning", "info", "acceptedHeading", "acceptedReason", "accepted"],
    ...["namedRangeWithoutSheet", "changedRange", "addedRange", "removedRange", "nameDefined"],
  ],
  "task pane": [
    ...["title", "validate", "generate", "settings", "validating", "generating", "naming", "context", "asOfToday"],
    ...["unitCaption", "unitAssumedCaption", "asOfAuto", "error", "warning", "info", "counts", "errorCount"],
    ...["errorCountOne", "warningCount", "warningCountOne", "infoCount", "filterBy", "passed", "findings"],
    ...["noCell", "noNamesTitle", "namesLookedFor", "errorTitle", "writtenTitle", "namedTitle", "dismiss"],
    ...["asOfLabel", "dueWithinLabel", "langLabel", "langAuto", "toleranceLabel", "save", "cancel", "accept"],
    ...["acceptReason", "acceptedTitle", "acceptedReason", "stampUnchanged", "stampChanged", "setup"],
    ...["detectedTitle", "headerWords", "defineName", "defineNameFor", "selectionTitle", "kindLabel"],
    ...["nameSelection", "backToFindings", "showInfos", "showInfosOne", "hideInfos", "hideInfosOne", "listing", "readingTables", "buildingSummary", "writingSummary"],
    ...["recoveredTitle", "rulesLabel", "ruleDefault", "levelOff", "levelInfo", "levelWarning", "levelError"],
    ...["liveRecheckLabel", "departmentLabel", "approvalsSwitch", "approvalsLabel"],
  ],
  "Office error parts": ["name", "sheetCell", "sheet", "code"],
  ...Object.fromEntries(KINDS.map((kind) => [`kind ${kind.id}`, ["caption", "qualifier"]])),
  "money units": ["won", "thousandWon", "millionWon"],
};

const LANGS = ["ko", "en"] as const;

function placeholders(template: string): string {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(", ");
}

// `이(가)`, `을(를)`, `(으)로`, `와(과)`…: every bracketed particle, whichever form stands outside it.
const ALTERNATE = /\((?:이|가|은|는|을|를|과|와|으|이나|이라)\)/;
const PARTICLE = /\{([^{}]*\/[^{}]*)\}/g;

/** How a Korean sentence may end: formal written style (`~습니다.`, `~십시오.`), a parenthesis after it allowed. */
function informalEnding(sentence: string): boolean {
  const end = sentence.replace(/\s*\([^()]*\)\.$/, ".").replace(/\.$/, "");
  return /(?<!니)다$|요$|음$/.test(end);
}

/**
 * Words GLOSSARY.md puts aside in our own Korean: 승인 reads as a 결재 sign-off (an accepted finding is 예외 처리),
 * 집행율 is the users' spelling (ours is 집행률), and 자릿수 바뀜 means a change in the number of digits.
 */
const SET_ASIDE = /승인|집행율|자릿수 바뀜/;

/** What breaks the house's voice: an alternate particle, an unknown one, a word set aside, a sentence without its period or not formal. */
function voiceProblemsOf(name: string, catalogue: Catalogue, labelIds = LABELS[name] ?? []): string[] {
  const problems: string[] = [];
  const labels = new Set(labelIds);
  for (const [id, text] of Object.entries(catalogue)) {
    const at = `${name}: ${id}`;
    for (const lang of LANGS) {
      const template = text[lang] ?? "";
      if (ALTERNATE.test(template)) problems.push(`${at} (${lang}) offers alternate particles: ${template}`);
      if (lang === "ko" && SET_ASIDE.test(template)) problems.push(`${at} (ko) uses a word the glossary sets aside: ${template}`);
      for (const [, particle] of template.matchAll(PARTICLE)) {
        if (lang === "en" || !(PARTICLES as readonly string[]).includes(particle)) {
          problems.push(`${at} (${lang}) picks an unknown particle {${particle}}`);
        }
      }
      const lines = template.split("\n");
      if (labels.has(id)) {
        if (template.trimEnd().endsWith(".")) problems.push(`${at} (${lang}) is listed as a label but ends like a sentence`);
      } else if (lines.some((line) => !line.trimEnd().endsWith("."))) {
        problems.push(`${at} (${lang}) is a sentence without its final period (a label? list it in LABELS)`);
      } else if (lang === "ko" && lines.some(informalEnding)) {
        problems.push(`${at} (ko) does not end in formal written style (~습니다.): ${template}`);
      }
    }
  }
  return problems;
}

/** What is wrong with a catalogue: a language missing or empty, or placeholders one language has and the other not. */
function problemsOf(name: string, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [id, text] of Object.entries(catalogue)) {
    const missing = LANGS.filter((lang) => typeof text[lang] !== "string" || text[lang].trim() === "");
    if (missing.length > 0) problems.push(`${name}: ${id} has no ${missing.join(", ")}`);
    else if (placeholders(text.ko) !== placeholders(text.en)) {
      problems.push(`${name}: ${id} fills {${placeholders(text.ko)}} in ko but {${placeholders(text.en)}} in en`);
    }
  }
  return problems;
}

describe("message catalogues", () => {
  it("give every message in both languages, with the same placeholders", () => {
    expect(CATALOGUES.flatMap(([name, catalogue]) => problemsOf(name, catalogue))).toEqual([]);
  });

  it("speak in one voice: no alternate particles, formal Korean, every sentence ending with a period", () => {
    expect(CATALOGUES.flatMap(([name, catalogue]) => voiceProblemsOf(name, catalogue))).toEqual([]);
  });

  it("list only labels that exist", () => {
    const ids = new Map(CATALOGUES.map(([name, catalogue]) => [name, new Set(Object.keys(catalogue))]));
    const stale = Object.entries(LABELS).flatMap(([name, labels]) => labels.filter((id) => !ids.get(name)?.has(id)));
    expect(stale).toEqual([]);
  });

  it("catch alternates, unknown particles, missing periods and informal endings", () => {
    const broken = {
      alternate: { ko: "이름 {name}이(가) 없습니다.", en: "No name {name}." },
      eulReul: { ko: "{option}을(를) 지정하십시오.", en: "Give {option}." },
      euro: { ko: "'{sheet}'(으)로 썼습니다.", en: "Written as '{sheet}'." },
      unknown: { ko: "{name}{으로서/로서} 씁니다.", en: "Used as {name}." },
      particleInEnglish: { ko: "{name}{이/가} 없습니다.", en: "{name}{이/가} missing." },
      noPeriod: { ko: "파일이 없습니다", en: "No file." },
      noPeriodEn: { ko: "파일이 없습니다.", en: "No file" },
      secondLine: { ko: "첫 줄입니다.\n둘째 줄입니다", en: "One.\nTwo." },
      informal: { ko: "파일이 없다.", en: "No file." },
      noun: { ko: "파일 없음.", en: "No file." },
      signOff: { ko: "승인 2건을 읽었습니다.", en: "Read 2 accepted." },
      fine: { ko: "이름 {name}{이/가} '{sheet}'{을/를} 가리킵니다 (예: Budget).", en: "The name {name} refers to '{sheet}'." },
      label: { ko: "검증 결과", en: "Findings" },
      labelWithPeriod: { ko: "검증 결과.", en: "Findings." },
    };
    expect(voiceProblemsOf("test", broken, ["label", "labelWithPeriod"])).toEqual([
      "test: alternate (ko) offers alternate particles: 이름 {name}이(가) 없습니다.",
      "test: eulReul (ko) offers alternate particles: {option}을(를) 지정하십시오.",
      "test: euro (ko) offers alternate particles: '{sheet}'(으)로 썼습니다.",
      "test: unknown (ko) picks an unknown particle {으로서/로서}",
      "test: particleInEnglish (en) picks an unknown particle {이/가}",
      "test: noPeriod (ko) is a sentence without its final period (a label? list it in LABELS)",
      "test: noPeriodEn (en) is a sentence without its final period (a label? list it in LABELS)",
      "test: secondLine (ko) is a sentence without its final period (a label? list it in LABELS)",
      "test: informal (ko) does not end in formal written style (~습니다.): 파일이 없다.",
      "test: noun (ko) does not end in formal written style (~습니다.): 파일 없음.",
      "test: signOff (ko) uses a word the glossary sets aside: 승인 2건을 읽었습니다.",
      "test: labelWithPeriod (ko) is listed as a label but ends like a sentence",
      "test: labelWithPeriod (en) is listed as a label but ends like a sentence",
    ]);
  });

  it("catch a message without a language and one whose languages fill different placeholders", () => {
    const broken = {
      untranslated: { ko: "검증", en: "" },
      koOnly: { ko: "검증" } as unknown as Catalogue[string],
      drifted: { ko: "{file}: 파일이 없습니다", en: "{name}: no such file" },
      fine: { ko: "{count}건", en: "{count} findings" },
    };
    expect(problemsOf("test", broken)).toEqual([
      "test: untranslated has no en",
      "test: koOnly has no en",
      "test: drifted fills {file} in ko but {name} in en",
    ]);
  });
});
