import { screen, within } from "@testing-library/react";

/**
 * The findings drawn under a heading (a range's or a program's), up to the next heading: each one's first cell,
 * which reads `오류, B4: 합계 …`. The grid is flat, as a virtual list must be, so a heading is a row of its own.
 */
export function findingsUnder(heading: RegExp | string): HTMLElement[] {
  const rows = within(screen.getByRole("grid", { name: /검증 결과|Findings/ })).getAllByRole("row");
  const start = rows.findIndex((row) => within(row).queryByRole("heading", { name: heading }) !== null);
  if (start < 0) throw new Error(`no heading ${String(heading)} in the findings`);
  const found: HTMLElement[] = [];
  for (const row of rows.slice(start + 1)) {
    if (within(row).queryByRole("heading") !== null) break;
    found.push(within(row).getAllByRole("gridcell")[0]);
  }
  return found;
}

/** The texts of the findings under a heading, in the order drawn. */
export const textsUnder = (heading: RegExp | string): (string | null)[] => findingsUnder(heading).map((cell) => cell.textContent);

/** Waits for the list: it is drawn in a render after the counts' (React's deferred value), so it comes a moment later. */
export const listShown = (): Promise<HTMLElement> => screen.findByRole("grid", { name: /검증 결과|Findings/ });
