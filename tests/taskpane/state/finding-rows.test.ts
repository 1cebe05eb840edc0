import type { Finding } from "../../../src/core/finding";
import { followKey, listRows, orderFindings, SCREENFUL, type ListRow } from "../../../src/taskpane/state/finding-rows";
import { finding, RANGES } from "../../helpers/fake-host";
import { finish } from "../../../src/core/pieces";

const orderedOf = (...args: Parameters<typeof orderFindings>) => finish(orderFindings(...args));

const describeRow = (row: ListRow): string =>
  row.kind === "finding" ? `${row.finding.severity} ${row.finding.cell}` : row.kind === "infos" ? `infos ${row.count} ${row.expanded ? "open" : "shut"}` : `# ${row.key}`;

const infos = (count: number, name = "Inventory"): Finding[] =>
  Array.from({ length: count }, (_, i) => finding("info", name, "장비", `C${i + 1}`, `정보 ${i}`));

describe("the list's rows", () => {
  it("puts errors first, then warnings, then infos within each range, each in the order found", () => {
    const ordered = orderedOf(
      [
        finding("info", "Budget", "예산", "C4", "i"),
        finding("warning", "Budget", "예산", "E7", "w"),
        finding("error", "Budget", "예산", "B9", "e1"),
        finding("info", "Inventory", "장비", "F14", "i"),
        finding("error", "Budget", "예산", "B4", "e2"),
      ],
      RANGES,
    );
    expect(listRows(ordered, [], new Set()).map(describeRow)).toEqual([
      "# range:Budget",
      "error B9",
      "error B4",
      "warning E7",
      "info C4",
      "# range:Inventory",
      "info F14",
    ]);
  });

  it("shows a section's infos behind a toggle once it holds more than a screenful, and all of them when opened", () => {
    const many = [finding("warning", "Inventory", "장비", "F12", "w"), ...infos(SCREENFUL)];
    const ordered = orderedOf(many, RANGES);
    const shut = listRows(ordered, [], new Set());
    expect(shut.map(describeRow)).toEqual(["# range:Inventory", "warning F12", `infos ${SCREENFUL} shut`]);

    const opened = listRows(ordered, [], new Set(["range:Inventory"]));
    expect(opened).toHaveLength(3 + SCREENFUL);
    expect(describeRow(opened[2])).toBe(`infos ${SCREENFUL} open`);
    expect(opened.slice(3).every((row) => row.kind === "finding" && row.finding.severity === "info")).toBe(true);

    // A screenful exactly is shown whole; so are the infos a pressed 정보 badge asks for.
    expect(listRows(orderedOf(infos(SCREENFUL), RANGES), [], new Set()).some((row) => row.kind === "infos")).toBe(false);
    expect(listRows(ordered, ["info"], new Set()).filter((row) => row.kind === "finding")).toHaveLength(SCREENFUL);
  });

  it("drops a range's heading when the filter leaves it nothing, and keeps each finding's key whatever the filter", () => {
    const ordered = orderedOf([finding("error", "Budget", "예산", "B4", "e"), finding("warning", "Inventory", "장비", "F12", "w")], RANGES);
    const all = listRows(ordered, [], new Set());
    const warnings = listRows(ordered, ["warning"], new Set());
    expect(warnings.map(describeRow)).toEqual(["# range:Inventory", "warning F12"]);
    expect(warnings[1]).toBe(all[3]);
    expect(all.map((row) => row.key)).toEqual(["range:Budget", "test/error|예산!B4", "range:Inventory", "test/warning|장비!F12"]);
  });

  it("keys two findings of one rule at one cell apart", () => {
    const twice = [finding("error", "Budget", "예산", "B4", "a"), finding("error", "Budget", "예산", "B4", "b")];
    const keys = listRows(orderedOf(twice, RANGES), [], new Set()).map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keeps the rows of the order before for the findings it still holds, and keys only the new ones, apart from those kept", () => {
    const [b4, b5, again] = [finding("error", "Budget", "예산", "B4", "a"), finding("error", "Budget", "예산", "B5", "b"), finding("error", "Budget", "예산", "B4", "c")];
    const before = orderedOf([b4, b5], RANGES);
    const [oldB4, oldB5] = listRows(before, [], new Set()).slice(1);
    // The new finding at B4 comes first, but the kept one holds on to its key: the new one is keyed apart.
    const after = listRows(orderedOf([again, b4, b5], RANGES, before), [], new Set()).slice(1);
    expect(after[1]).toBe(oldB4);
    expect(after[2]).toBe(oldB5);
    expect(after[0].key).toBe("test/error|예산!B4#2");
    // Without the order before, the same findings are keyed in their order.
    expect(listRows(orderedOf([again, b4, b5], RANGES), [], new Set()).slice(1, 3).map((row) => row.key)).toEqual(["test/error|예산!B4", "test/error|예산!B4#2"]);
  });

  it("follows the focused key into new rows, else takes the next row after it, else the one before", () => {
    const rowsOf = (cells: string[]) => listRows(orderedOf(cells.map((cell) => finding("error", "Budget", "예산", cell, cell)), RANGES), [], new Set());
    const before = rowsOf(["B4", "B5", "B6"]);
    const key = (cell: string) => `test/error|예산!${cell}`;
    expect(followKey(before, rowsOf(["B3", "B4", "B6"]), key("B4"))).toBe(key("B4"));
    expect(followKey(before, rowsOf(["B4", "B6"]), key("B5"))).toBe(key("B6"));
    expect(followKey(before, rowsOf(["B4"]), key("B6"))).toBe(key("B4"));
    expect(followKey([], rowsOf(["B4"]), undefined)).toBe(key("B4"));
    expect(followKey(before, [], key("B4"))).toBeUndefined();
  });
});
