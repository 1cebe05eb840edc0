import { firstOfSameKey, sameKeys, sameKeysAgain } from "../../../src/core/inventory/duplicates";
import { labelKey } from "../../../src/core/values/text";

/** The same answer as a Map over labelKey, which the open-addressing table stands in for. */
function byMap(texts: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return texts.map((text, i) => {
    const key = labelKey(text);
    if (key === "") return -1;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    return first ?? -1;
  });
}

describe("firstOfSameKey", () => {
  it("finds repeats whatever their case, spaces and Unicode form", () => {
    const texts = ["NB-001", "nb-001", "NB -001", "", "예산 1", "예산1".normalize("NFD"), "NB-002", "ＮＢ-００１", "NB-001"];
    expect([...firstOfSameKey(texts)]).toEqual([-1, 0, 0, -1, -1, 4, -1, 0, 0]);
    expect([...firstOfSameKey(texts)]).toEqual(byMap(texts));
  });

  it("agrees with a Map over many keys, colliding slots included", () => {
    const texts = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? `id-${i % 300}` : `ID-${i}`));
    expect([...firstOfSameKey(texts)]).toEqual(byMap(texts));
  });
});

describe("sameKeysAgain", () => {
  it("agrees with a Map after each of many edits in turn: a repeat made, a first one changed, a key emptied", () => {
    const pool = ["NB-001", "nb-001", "NB -001", "", "예산 1", "예산1".normalize("NFD"), "NB-002", "ＮＢ-００１", "X"];
    const texts = Array.from({ length: 400 }, (_, i) => (i % 9 === 0 ? pool[i % pool.length] : `ID-${i}`));
    let keys = sameKeys(texts);
    for (let step = 0; step < 200; step++) {
      const changed = new Map<number, string>();
      for (let k = 0; k < 1 + (step % 3); k++) changed.set((step * 37 + k * 101) % texts.length, pool[(step + k) % pool.length]);
      for (const [i, text] of changed) texts[i] = text;
      keys = sameKeysAgain(keys, changed);
      expect([...keys.first]).toEqual(byMap(texts));
    }
  });
});
