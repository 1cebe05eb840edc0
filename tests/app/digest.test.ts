/** The stamp's hash by WebCrypto (app/digest.ts) is the core's plain-JavaScript SHA-256, digest for digest. */
import { sha256HexNative } from "../../src/app/digest";
import { fingerprintGridsPaced } from "../../src/core/stamp/fingerprint-paced";
import { fingerprintGrids } from "../../src/core/stamp/fingerprint";
import { sha256Hex } from "../../src/core/stamp/sha256";
import type { Grid } from "../../src/core/grid";

const TEXTS = ["", "abc", "예산\t4,165,473\n", "a\uD800b", "😀 이모지", "x".repeat(1_000_003)];

describe("sha256HexNative", () => {
  it("uses the platform's digest here", () => {
    expect(globalThis.crypto?.subtle).toBeDefined();
  });

  it.each(TEXTS.map((text) => [text.slice(0, 12), text]))("hashes %j as the core's sha256Hex does", async (_, text) => {
    expect(await sha256HexNative(text)).toBe(sha256Hex(text));
  });

  it("gives SHA-256's known digest of 'abc'", async () => {
    expect(await sha256HexNative("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

function grid(name: string, rows: number): Grid {
  const values = Array.from({ length: rows }, (_, r) => [`IT-${r}`, r * 1.5, r % 7 === 0 ? null : "사용", r % 11 === 0]);
  return {
    name,
    sheet: "장비",
    top: 2,
    left: 0,
    values,
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: values.map((row) => row.map(() => "General")),
  } as unknown as Grid;
}

describe("fingerprintGridsPaced", () => {
  it("gives the same fingerprint as fingerprintGrids, range for range, pausing every piece of rows", async () => {
    const grids = [grid("Inventory", 12_001), grid("Budget", 3)];
    const paused: number[] = [];
    const paced = await fingerprintGridsPaced(grids, sha256HexNative, async (p) => void (p.step === "fingerprint" && paused.push(p.rows)));
    expect(paced).toEqual(fingerprintGrids(grids));
    expect(paused).toEqual([0, 5_000, 10_000, 12_001]);
  });
});
