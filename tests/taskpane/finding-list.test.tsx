/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { Finding, Severity } from "../../src/core/finding";
import { checkedOutcome, fakeHost, finding, FINDINGS } from "../helpers/fake-host";
import { listShown } from "../helpers/finding-grid";
import { LIST_ROW, LIST_VIEWPORT } from "../helpers/list-layout";
import { renderPane } from "../helpers/render-pane";

const focusedText = () => document.activeElement?.textContent ?? "";
const rowOf = (cell: string) => screen.getAllByRole("row").find((row) => within(row).queryByText(cell, { exact: true }) !== null);

async function validated(findings: readonly Finding[] = FINDINGS) {
  const host = fakeHost({ outcome: checkedOutcome(findings) });
  const pane = renderPane(host);
  await pane.user.click(screen.getByRole("button", { name: "검증" }));
  await listShown();
  return { host, ...pane };
}

/** `count` findings spread over three ranges and every severity, as a district's register gives. */
function register(count: number): Finding[] {
  const severities: Severity[] = ["error", "warning", "info"];
  const names = ["Budget", "Inventory", "Staff"];
  return Array.from({ length: count }, (_, i) => finding(severities[i % 3], names[i % 3], "장비", `F${i + 2}`, `관리번호 NB-${i}: 교체 예정일 경과`));
}

describe("the findings list by keyboard", () => {
  it("is one tab stop; arrows move between findings past the headings, Home and End jump, Enter and Space select the cell", async () => {
    const { host, user } = await validated();
    const grid = screen.getByRole("grid", { name: "검증 결과" });
    expect(within(grid).getAllByRole("button").filter((b) => b.tabIndex === 0)).toHaveLength(1);

    for (let i = 0; i < 10 && !grid.contains(document.activeElement); i++) await user.tab();
    expect(focusedText()).toMatch(/^오류, B4: /);
    await user.keyboard("{ArrowDown}");
    expect(focusedText()).toMatch(/^오류, D9: /);
    await user.keyboard("{ArrowDown}");
    expect(focusedText()).toMatch(/^경고, F12: /);
    await user.keyboard("{Enter}");
    expect(host.selectCell).toHaveBeenLastCalledWith("장비", "F12");
    await user.keyboard("{ArrowUp}");
    await user.keyboard(" ");
    expect(host.selectCell).toHaveBeenLastCalledWith("예산", "D9");

    await user.keyboard("{End}");
    expect(focusedText()).toMatch(/^오류, 셀 없음: 이름 Staff/);
    await user.keyboard("{ArrowDown}");
    expect(focusedText()).toMatch(/^오류, 셀 없음: /);
    await user.keyboard("{Home}");
    expect(focusedText()).toMatch(/^오류, B4: /);
    expect(within(grid).getAllByRole("button").filter((b) => b.tabIndex === 0)).toEqual([document.activeElement]);

    // Tab leaves the list at once, and Shift+Tab comes back to the finding last focused.
    await user.keyboard("{ArrowDown}");
    await user.tab();
    expect(grid.contains(document.activeElement)).toBe(false);
    await user.tab({ shift: true });
    expect(focusedText()).toMatch(/^오류, D9: /);
  });

  it("reaches an error's accept button with ArrowRight and comes back with ArrowLeft", async () => {
    const host = { ...fakeHost(), acceptFinding: jest.fn() };
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await listShown();
    screen.getByRole("button", { name: /^오류, B4/ }).focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("button", { name: "예외 처리: B4" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(focusedText()).toMatch(/^오류, B4: /);
  });
});

describe("the findings list at scale", () => {
  it("draws about a screenful of 60,000 findings, and a filter toggle draws another screenful", async () => {
    const { user } = await validated(register(60_000));
    const screenful = LIST_VIEWPORT / LIST_ROW;
    const drawn = () => screen.getAllByRole("row").length;
    expect(screen.getByRole("grid")).toHaveAttribute("aria-rowcount");
    expect(drawn()).toBeGreaterThanOrEqual(screenful);
    expect(drawn()).toBeLessThan(screenful + 20);
    expect(document.querySelectorAll("*").length).toBeLessThan(2_000);

    await user.click(screen.getByRole("button", { name: /^경고 20000/ }));
    expect(drawn()).toBeLessThan(screenful + 20);
    expect(screen.getAllByRole("row").filter((row) => /^오류|^정보/.test(within(row).queryAllByRole("gridcell")[0]?.textContent ?? ""))).toEqual([]);
  }, 30_000);

  it("keeps each finding's row (its key) across a filter toggle", async () => {
    const { user } = await validated();
    const before = rowOf("F12");
    expect(before).toBeDefined();
    await user.click(screen.getByRole("button", { name: /^경고 1/ }));
    expect(rowOf("B4")).toBeUndefined();
    expect(rowOf("F12")).toBe(before);
    await user.click(screen.getByRole("button", { name: /^경고 1/ }));
    expect(rowOf("B4")).toBeDefined();
    expect(rowOf("F12")).toBe(before);
  });

  it("collapses a long section's infos behind 정보 N건 보기, and opens them", async () => {
    const many = [finding("warning", "Inventory", "장비", "F12", "경고"), ...register(60).filter((f) => f.severity === "info")];
    const { user } = await validated(many);
    expect(screen.queryByText("관리번호 NB-2: 교체 예정일 경과")).not.toBeInTheDocument();
    const toggle = screen.getByRole("button", { name: "정보 20건 보기" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(screen.getByRole("button", { name: "정보 20건 숨기기" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText("관리번호 NB-2: 교체 예정일 경과")).toBeInTheDocument();
  });
});

describe("the findings list when a new result replaces the one shown", () => {
  it("keeps the focus on the same finding, or moves it to the next when that one is gone", async () => {
    const { host, store, user } = await validated();
    act(() => screen.getByRole("button", { name: /^경고, F12/ }).focus());
    const added = finding("error", "Budget", "예산", "B5", "새 오류");
    host.validate.mockResolvedValueOnce(checkedOutcome([added, ...FINDINGS]));
    await act(() => store.validate());
    await waitFor(() => expect(screen.getByText("새 오류")).toBeInTheDocument());
    expect(focusedText()).toMatch(/^경고, F12: /);

    host.validate.mockResolvedValueOnce(checkedOutcome(FINDINGS.filter((f) => f.cell !== "F12")));
    await act(() => store.validate());
    await waitFor(() => expect(focusedText()).toMatch(/^정보, F14: /));
    await user.keyboard("{Enter}");
    expect(host.selectCell).toHaveBeenLastCalledWith("장비", "F14");
  });
});
