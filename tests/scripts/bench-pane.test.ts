/**
 * The pane benchmark (`npm run bench -- pane`): how it splits the host's time out of a long task and judges the
 * issue's targets, on made-up figures; and one real run on the sample in Chromium, whose figures must be there
 * and sane (no timing target is asserted: the machine is shared).
 */
import { existsSync } from "node:fs";
import { hostPart, longest, verdicts, type PaneAction, type PaneSize } from "../../scripts/bench/pane-figures";
import { findPaneSection, paneSection, withPaneSection } from "../../scripts/bench/pane-report";
import { paneBench } from "../../scripts/bench/pane-run";
import { CHROMIUM } from "../e2e/support/browser";

const action = (ms: number, oursMs: number): PaneAction => ({
  ms,
  hostMs: ms / 2,
  longestTask: { wholeMs: oursMs + 10, oursMs },
  longestGap: null,
  progress: [],
});

const piece = (ms: number) => ({ ms, from: "check table 1 of 2", to: "check table 2 of 2" });

const size = (name: string, domNodes: number, filterMs: number, recheckMs: number, taskMs: number): PaneSize => ({
  size: name,
  findings: 10,
  validate: action(1_000, taskMs),
  domNodes,
  heapMb: 10,
  filterMs: [filterMs, filterMs],
  recheck: action(recheckMs * 2, 0),
  generate: action(1_000, 20),
  pieces: { validate: piece(taskMs / 2), generate: piece(20), validateFound: name === "sample" ? null : piece(taskMs / 2) },
});

describe("the pane benchmark's figures", () => {
  it("takes the host's round trips out of a stretch where they overlap it", () => {
    expect(hostPart([100, 200], [[50, 100], [250, 100], [400, 10]])).toBe(100);
    expect(longest([[0, 300], [500, 250]], [[0, 200]])).toEqual({ wholeMs: 250, oursMs: 250 });
    expect(longest([], [])).toBeNull();
  });

  it("judges the issue's targets on the sample and 100,000 lots", () => {
    const met = verdicts([size("sample", 300, 10, 10, 60), size("100000", 800, 50, 40, 90)]);
    expect(met.map((v) => v.met)).toEqual([true, true, true, true, true]);
    const blocking = verdicts([size("sample", 300, 10, 10, 60), size("100000", 800, 50, 40, 150)]);
    expect(blocking.map((v) => v.met)).toEqual([true, true, false, true, true]);
    const missed = verdicts([size("sample", 300, 10, 10, 60), size("100000", 1_000, 150, 120, 250)]);
    expect(missed.map((v) => v.met)).toEqual([false, false, false, false, false]);
    expect(missed[0].measured).toBe("3.33 ×");
    expect(verdicts([size("sample", 300, 10, 10, 60)]).map((v) => v.met)).toEqual([null, true, true, null, null]);
  });

  it("keeps its section in the page, replaced by the next run", () => {
    const results = { date: "2026-12-05", machine: "a test machine", load: [1, 2] as const, sizes: [size("sample", 300, 10, 10, 60), size("100000", 800, 50, 40, 90)] };
    const section = paneSection(results);
    expect(section).toContain("| 100,000 lots | 45 ms (check table 1 of 2 → check table 2 of 2) | 45 ms (check table 1 of 2 → check table 2 of 2) | 20 ms (check table 1 of 2 → check table 2 of 2) |");
    expect(section).toContain("| sample | 30 ms (check table 1 of 2 → check table 2 of 2) | – |");
    expect(section).toContain("| sample | 10 | 1,000 ms (host 500 ms); longest 60 ms (70 ms with the host) | 300 | 10 MB | 10 ms / 10 ms |");
    const page = withPaneSection("# Performance\n\n## Hostile inputs\n\nold\n", section);
    expect(findPaneSection(page)).toBe(section);
    expect(withPaneSection(page, "## The task pane in Chromium (issue #16)\n\nnew")).toContain("## Hostile inputs\n\nold\n\n## The task pane in Chromium (issue #16)\n\nnew");
  });
});

const describeInChromium = existsSync(CHROMIUM) ? describe : describe.skip;

describeInChromium("the pane benchmark on the sample, in Chromium", () => {
  it("measures every figure", async () => {
    const results = await paneBench(["sample"]);
    const [sample] = results.sizes;
    expect(sample.size).toBe("sample");
    expect(sample.findings).toBeGreaterThan(0);
    expect(sample.domNodes).toBeGreaterThan(100);
    expect(sample.heapMb).toBeGreaterThan(1);
    expect(sample.heapMb).toBeLessThan(500);
    for (const measured of [sample.validate, sample.generate, sample.recheck]) {
      expect(measured).not.toBeNull();
      expect(measured!.ms).toBeGreaterThan(0);
      expect(measured!.hostMs).toBeGreaterThan(0);
      expect(measured!.hostMs).toBeLessThanOrEqual(measured!.ms);
    }
    expect(sample.filterMs).toHaveLength(2);
    for (const ms of sample.filterMs) expect(ms).toBeGreaterThan(0);
    expect(sample.pieces.validate.ms).toBeGreaterThan(0);
    expect(sample.pieces.generate.ms).toBeGreaterThan(0);
    expect(sample.pieces.validateFound).toBeNull();
    expect(paneSection(results)).toContain("| sample |");
  }, 300_000);
});
