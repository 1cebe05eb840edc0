import { sameValidation, settleStamp, type Stamp } from "../../src/core/stamp/stamp";
import type { Fingerprint } from "../../src/core/stamp/fingerprint";

const fingerprint: Fingerprint = { ranges: [{ name: "Budget", sheet: "예산", hash: "r1" }], hash: "all" };
const stampOf = (when: string, changes: Partial<Stamp> = {}): Stamp => ({
  when,
  version: "0.1.0",
  asOf: "2018-09-30",
  counts: { error: 0, warning: 1, info: 2, accepted: 0 },
  ...fingerprint,
  ...changes,
});
const never = () => {
  throw new Error("fingerprinted again");
};

describe("settling the stamp", () => {
  it("takes a fresh stamp when the workbook has none, with today's data unchanged against it", () => {
    const fresh = stampOf("T2");
    expect(settleStamp(fresh, null, never)).toEqual({ kind: "new", stamp: fresh, comparison: { unchanged: true, changed: [], added: [], removed: [] } });
  });

  it("keeps the workbook's stamp when it vouches for the same data, as-of date and counts, whenever it was made", () => {
    const current = stampOf("T1", { version: "0.0.9" });
    expect(settleStamp(stampOf("T2"), current, never)).toMatchObject({ kind: "kept", stamp: current, comparison: { unchanged: true } });
  });

  it.each([
    ["data", { hash: "other" }],
    ["as-of date", { asOf: "2018-12-31" }],
    ["counts", { counts: { error: 0, warning: 2, info: 2, accepted: 0 } }],
    ["accepted count", { counts: { error: 0, warning: 1, info: 2, accepted: 1 } }],
  ])("stamps anew when the %s differs", (_, change) => {
    const current = stampOf("T1", change);
    expect(sameValidation(current, stampOf("T2"))).toBe(false);
    expect(settleStamp(stampOf("T2"), current, never).kind).toBe("new");
  });

  it("refuses with open errors, comparing today's data with the stamp the workbook keeps, if any", () => {
    expect(settleStamp(null, null, never)).toEqual({ kind: "refused", stamp: null, comparison: null });
    const current = stampOf("T1");
    const edited: Fingerprint = { ranges: [{ name: "Budget", sheet: "예산", hash: "r2" }], hash: "all2" };
    expect(settleStamp(null, current, () => edited)).toEqual({
      kind: "refused",
      stamp: current,
      comparison: { unchanged: false, changed: [{ name: "Budget", sheet: "예산" }], added: [], removed: [] },
    });
  });
});
