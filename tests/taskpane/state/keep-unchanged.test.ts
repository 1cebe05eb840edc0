/** After a live re-check the pane keeps every finding that did not change as the very object it shows. */
import type { Finding } from "../../../src/core/finding";
import { keepUnchanged } from "../../../src/taskpane/state/keep-unchanged";
import { checkedOutcome, finding, FINDINGS } from "../../helpers/fake-host";

const findingsOf = (outcome: ReturnType<typeof keepUnchanged>): readonly Finding[] => (outcome.kind === "checked" ? outcome.findings : []);

describe("keepUnchanged", () => {
  it("keeps the findings a re-check kept, takes the old object for a new one equal to it, and the new one otherwise", () => {
    const [fixed, kept, ...rest] = FINDINGS;
    const again = { ...rest[0] }; // re-reported by a rule that looks at the whole table: equal, not the same
    const added = finding("error", "Inventory", "장비", "D50", "LOT-00047: 수량 0은 0보다 커야 합니다.");
    const before = checkedOutcome(FINDINGS);
    const after = keepUnchanged(before, checkedOutcome([kept, again, added, ...rest.slice(1)]));
    const shown = findingsOf(after);
    expect(shown).toHaveLength(FINDINGS.length);
    expect(shown[0]).toBe(kept);
    expect(shown[1]).toBe(rest[0]);
    expect(shown[2]).toBe(added);
    shown.slice(3).forEach((f, i) => expect(f).toBe(rest[i + 1]));
    expect(shown).not.toContain(fixed);
  });

  it("keeps the findings around an edit's as they are, and matches the edit's new ones to those it replaced", () => {
    const [a, b, c, d, e] = FINDINGS;
    const added = finding("error", "Inventory", "장비", "D50", "LOT-00047: 수량 0은 0보다 커야 합니다.");
    const shown = findingsOf(keepUnchanged(checkedOutcome(FINDINGS), checkedOutcome([a, b, { ...c }, added, d, e])));
    expect(shown).toHaveLength(6);
    [a, b, c, added, d, e].forEach((f, i) => expect(shown[i]).toBe(f));
    // A finding gone from the middle is not carried over.
    expect(findingsOf(keepUnchanged(checkedOutcome(FINDINGS), checkedOutcome([a, b, d, e])))).toEqual([a, b, d, e]);
  });

  it("uses each old finding once: two equal new ones take the old one and a new one", () => {
    const [first] = FINDINGS;
    const after = findingsOf(keepUnchanged(checkedOutcome([first]), checkedOutcome([{ ...first }, { ...first }])));
    expect(after[0]).toBe(first);
    expect(after[1]).not.toBe(first);
  });
});
