import { classifyName, namesLookedFor } from "../../../src/core/names/classify";
import { KINDS, kindCaptions, TABLE_KINDS } from "../../../src/core/kinds";
import { defineKind } from "../../../src/core/kinds/kind";
import type { LocalizedText } from "../../../src/core/messages";

const filled = (text: string | undefined) => typeof text === "string" && text.trim() !== "";
const inBothLanguages = (text: LocalizedText | undefined) => filled(text?.ko) && filled(text?.en);

describe.each(KINDS.map((kind) => [kind.id, kind] as const))("the %s kind", (id, kind) => {
  it("has its labels in both languages", () => {
    expect(inBothLanguages(kind.labels.caption)).toBe(true);
    expect(inBothLanguages(kind.labels.qualifier)).toBe(true);
    if (kind.summary) expect(inBothLanguages(kind.summary.heading)).toBe(true);
  });

  it("has names, each of which the classifier gives back to it", () => {
    const { exact, prefixes } = kind.names;
    expect(exact.length + prefixes.length).toBeGreaterThan(0);
    for (const name of exact) expect(classifyName(name)).toBe(id);
    for (const prefix of prefixes) expect(classifyName(`${prefix}2024`)).toBe(id);
  });

  it("has header words for every role it reads, and says which it needs", () => {
    if (kind.header === null) return;
    const roles = Object.entries(kind.header.words);
    expect(roles.length).toBeGreaterThan(0);
    for (const [role, words] of roles) {
      expect([role, words.length > 0 && words.every(filled)]).toEqual([role, true]);
    }
    expect(kind.header.needed.length).toBeGreaterThan(0);
    expect(kind.header.needed.every(filled)).toBe(true);
  });
});

describe("the kind registry", () => {
  it("lists every kind once", () => {
    expect(new Set(TABLE_KINDS).size).toBe(KINDS.length);
  });

  it("gives the pane a caption for every kind, and looks for every kind's names", () => {
    expect(Object.keys(kindCaptions("en")).sort()).toEqual([...TABLE_KINDS].sort());
    expect(namesLookedFor()).toEqual(KINDS.flatMap((k) => [...k.names.exact, ...k.names.prefixes.map((p) => `${p}*`)]));
  });

  it("reads any range as a kind without a header, which has no words to say are missing", () => {
    for (const kind of KINDS.filter((k) => k.header === null)) {
      expect(kind.parse("x", { name: "x", sheet: "s", top: 0, left: 0, values: [[null]] })).not.toBeNull();
    }
  });

  it("makes a kind without a label in both languages a type error", () => {
    const draft = () =>
      defineKind({
        id: "draft",
        names: { exact: ["Draft"], prefixes: [] },
        header: null,
        parse: () => null,
        // @ts-expect-error: the caption has no English
        labels: { caption: { ko: "초안" }, qualifier: { ko: "초안", en: "draft" } },
      });
    expect(typeof draft).toBe("function");
  });
});
