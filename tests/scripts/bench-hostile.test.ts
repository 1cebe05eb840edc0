/** The hostile-inputs section of docs/performance.md judged from made-up figures; `npm run bench -- hostile` measures. */
import { findHostileSection, hostileSection, overLimit, withHostileSection, type HostileResults } from "../../scripts/bench/hostile-report";
import type { Measured } from "../../scripts/bench/measure";

const run = (ms: number, rssMb: number | null, exitCode: number | null = 1): Measured => ({ ms, rssMb, exitCode, signal: exitCode === null ? "SIGKILL" : null, stderr: "" });

const results: HostileResults = {
  date: "2026-12-05",
  machine: "a test machine",
  rows: [
    { file: "many-names.xlsx", about: "", bytes: 3 * 2 ** 20, validate: run(4_200, 310), report: run(5_100, 330) },
    { file: "names-over-long-table.xlsx", about: "", bytes: 700 * 1024, validate: run(45_000, null, 134), report: run(120_000, null, null) },
  ],
};

describe("the hostile-inputs benchmark's section", () => {
  it("holds a command within 60 s and 2 GB that answered 0, 1 or 2, and names what is over", () => {
    expect(overLimit(run(59_000, 2_000, 2))).toBeNull();
    expect(overLimit(run(61_000, 100))).toBe("over 60 s");
    expect(overLimit(run(1_000, 2_100))).toBe("over 2 GB");
    expect(overLimit(run(1_000, null, 134))).toBe("exit 134");
    expect(overLimit(run(120_000, null, null))).toBe("killed (SIGKILL)");
  });

  it("lists each file with both commands' exit, time and memory, and counts the files within both limits", () => {
    const section = hostileSection(results);
    expect(section).toContain("**1 of 2** files within both");
    expect(section).toContain("| `many-names.xlsx` | 3.0 MB | 1, 4.2 s, 310 MB | 1, 5.1 s, 330 MB | yes |");
    expect(section).toContain("| `names-over-long-table.xlsx` | 700 KB | 134, 45.0 s, ? | SIGKILL, 120.0 s, ? | **no**: exit 134, killed (SIGKILL) |");
  });

  it("replaces the section where the page has one, keeps the rest, and appends it to a page without", () => {
    const page = "# Performance\n\n## Targets\n\nfast\n\n## Hostile inputs\n\nold table\n\n## What was changed\n\nthings\n";
    const section = hostileSection(results);
    const updated = withHostileSection(page, section);
    expect(updated).toBe(`# Performance\n\n## Targets\n\nfast\n\n${section}\n\n## What was changed\n\nthings\n`);
    expect(findHostileSection(updated)).toBe(section);
    expect(withHostileSection("# Performance\n\nfigures\n", section)).toBe(`# Performance\n\nfigures\n\n${section}\n`);
    expect(findHostileSection("# Performance\n")).toBeNull();
  });
});
