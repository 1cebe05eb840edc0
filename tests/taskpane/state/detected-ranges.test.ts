import type { CheckedRange } from "../../../src/taskpane/host";
import { detectedRanges } from "../../../src/taskpane/state/detected-ranges";
import { namesAdded } from "../../../src/taskpane/state/names-added";
import { checkedOutcome, NO_NAMES } from "../../helpers/fake-host";

const found: CheckedRange = { name: "장비!A3:K58", kind: "inventory", sheet: "장비", range: "A3:K58", detected: true };

describe("the pane's view of found and named ranges", () => {
  it("offers for naming only the ranges found, of one of our kinds, with an address", () => {
    const ranges: CheckedRange[] = [
      { name: "Budget", kind: "budget", sheet: "예산", range: "A1:F9" },
      found,
      { name: "인력?", kind: "staff", sheet: "인력", detected: true },
      { name: "Staff", kind: "broken-name", sheet: "", detected: true, range: "A1" },
    ];
    expect(detectedRanges({ ...checkedOutcome([]), ranges })).toEqual([found]);
    expect(detectedRanges(NO_NAMES)).toEqual([]);
    expect(detectedRanges(undefined)).toEqual([]);
  });

  it("tells the names a naming added, as the host chose them", () => {
    const before = { ...checkedOutcome([]), ranges: [{ name: "장비", kind: "inventory", sheet: "장비" }, found] };
    const after = { ...checkedOutcome([]), ranges: [{ name: "장비", kind: "inventory", sheet: "장비" }, { ...found, name: "장비_2", detected: false }] };
    expect(namesAdded(before, after)).toEqual(["장비_2"]);
    expect(namesAdded(NO_NAMES, after)).toEqual(["장비", "장비_2"]);
    expect(namesAdded(before, NO_NAMES)).toEqual([]);
  });
});
