import { CLI_MESSAGES } from "../src/cli/messages";
import type { Catalogue } from "../src/core/messages";
import { RULES } from "../src/core/rules";
import { SUMMARY_LABELS } from "../src/core/summary/labels";
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
];

const LANGS = ["ko", "en"] as const;

function placeholders(template: string): string {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(", ");
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
