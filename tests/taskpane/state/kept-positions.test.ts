import { keptPositions } from "../../../src/taskpane/state/kept-positions";

/** Objects compared by identity, as findings are: equal-looking ones are still different items. */
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));

describe("keptPositions: where each item of a list made again was before", () => {
  it("finds every item of an unchanged list at its own place", () => {
    const before = items(50);
    expect([...keptPositions(before, [...before])]).toEqual(before.map((_, i) => i));
  });

  it("marks new items -1 and skips the dropped ones, keeping the rest in order", () => {
    const before = items(40);
    const fresh = { i: 3 };
    const after = [...before.slice(0, 3), fresh, ...before.slice(5, 40)];
    const at = keptPositions(before, after);
    expect(at[3]).toBe(-1);
    expect([...at.slice(0, 3)]).toEqual([0, 1, 2]);
    expect([...at.slice(4)]).toEqual(before.slice(5).map((_, k) => k + 5));
  });

  it("finds an item moved farther than it looks ahead, both ways", () => {
    const before = items(200);
    const after = [before[150], ...before.slice(0, 150), ...before.slice(151, 199), before[199]];
    const at = keptPositions(before, after);
    expect([...at]).toEqual(after.map((item) => before.indexOf(item)));
  });

  it("answers -1 for every item of a list all new, and for an empty list before", () => {
    expect([...keptPositions(items(5), items(3))]).toEqual([-1, -1, -1]);
    expect([...keptPositions([], items(2))]).toEqual([-1, -1]);
  });

  it("gives each index of the list before at most once, even when an item appears twice", () => {
    const before = items(30);
    const after = [...before, before[2], before[29]];
    const at = [...keptPositions(before, after)].filter((k) => k >= 0);
    expect(new Set(at).size).toBe(at.length);
    expect(at).toHaveLength(30);
  });
});
