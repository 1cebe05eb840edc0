/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import type { CheckedOutcome } from "../../src/taskpane/host";
import { checkedOutcome, fakeHost, RANGES } from "../helpers/fake-host";
import { renderPane } from "../helpers/render-pane";

describe("task pane: the as-of date's source and each range's unit", () => {
  it("says the date is today's when the workbook gives none", async () => {
    const { user } = renderPane(fakeHost({ outcome: checkedOutcome(undefined, "2026-12-04", "today") }));
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("기준일 2026-12-04 (오늘 날짜: 통합 문서에 기준일이 없습니다) · 교체 예정 12개월")).toBeInTheDocument();
  });

  it("says it in English too, and nothing more when the workbook or the settings gave the date", async () => {
    const { user } = renderPane(fakeHost({ displayLanguage: "en-US", outcome: checkedOutcome(undefined, "2026-12-04", "today") }));
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(screen.getByText("As of 2026-12-04 (today's date: the workbook states no as-of date) · due within 12 months")).toBeInTheDocument();

    const stated = renderPane(fakeHost({ outcome: checkedOutcome(undefined, "2018-09-30", "workbook") }));
    await stated.user.click(stated.getAllByRole("button", { name: "검증" })[0]);
    expect(stated.getByText("기준일 2018-09-30 · 교체 예정 12개월")).toBeInTheDocument();
  });

  it("names each range's money unit in its group caption, and marks an assumed one", async () => {
    const outcome: CheckedOutcome = {
      ...checkedOutcome(),
      ranges: RANGES.map((range) =>
        range.kind === "budget" ? { ...range, unit: { unit: "won", source: "header" } } : range.kind === "inventory" ? { ...range, unit: { unit: "thousandWon", source: "assumed" } } : range,
      ),
    };
    const { user } = renderPane(fakeHost({ outcome }));
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(await screen.findByRole("heading", { name: "Budget예산 · 예산 · 단위: 원" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Inventory장비 · 장비 · 단위: 천원 (가정)" })).toBeInTheDocument();
  });
});
