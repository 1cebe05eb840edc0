/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, within } from "@testing-library/react";
import { HostError, type ValidateOutcome } from "../../src/taskpane/host";
import { checkedOutcome, deferred, fakeHost, finding, NO_NAMES } from "../helpers/fake-host";
import { findingsUnder, listShown, textsUnder } from "../helpers/finding-grid";
import { renderPane } from "../helpers/render-pane";

const findingButton = (cell: string) => screen.getByRole("button", { name: new RegExp(`\\b${cell}\\b`) });

describe("task pane: validate", () => {
  it("shows the counts by severity and the findings grouped by named range", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);
    expect(screen.getByRole("heading", { level: 1, name: "예산·자산 점검" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "검증" }));

    expect(screen.getByText("검증 결과: 오류 3건, 경고 1건, 정보 1건")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /오류 3/ })).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("button", { name: /경고 1/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /정보 1/ })).toBeInTheDocument();
    expect(screen.queryByText("검증 통과")).not.toBeInTheDocument();
    expect(screen.getByText("기준일 2018-09-30 · 교체 예정 12개월")).toBeInTheDocument();

    await listShown();
    const budget = findingsUnder(/^Budget/);
    expect(budget).toHaveLength(2);
    expect(within(budget[0]).getByRole("button", { name: /B4.*합계 1,234,567/ })).toBeInTheDocument();
    expect(textsUnder(/^Inventory/)).toEqual([
      "경고, F12: NB-0031: 교체 예정일 2017-11-30 경과",
      "정보, F14: NB-0040: 2019-03-31 교체 예정",
    ]);
    expect(screen.getByRole("heading", { name: /Budget.*예산 · 예산/ })).toBeInTheDocument();
  });

  it("says Passed only when there is no error", async () => {
    const host = fakeHost({ outcome: checkedOutcome([finding("warning", "Budget", "예산", "E7", "집행액이 예산액보다 큽니다")]) });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("검증 통과")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /오류 0/ })).toBeDisabled();
  });

  it("filters by severity with the badges, which report their state with aria-pressed", async () => {
    const { user } = renderPane(fakeHost());
    await user.click(screen.getByRole("button", { name: "검증" }));
    await listShown();
    const warnings = screen.getByRole("button", { name: /경고 1/ });

    await user.click(warnings);
    expect(warnings).toHaveAttribute("aria-pressed", "true");
    expect(findingButton("F12")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /B4/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /F14/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /정보 1/ }));
    expect(findingButton("F14")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /B4/ })).not.toBeInTheDocument();

    await user.click(warnings);
    await user.click(screen.getByRole("button", { name: /정보 1/ }));
    expect(findingButton("B4")).toBeInTheDocument();
  });

  it("selects exactly the finding's sheet and cell on click and on Enter", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await listShown();

    await user.click(findingButton("D9"));
    expect(host.selectCell).toHaveBeenLastCalledWith("예산", "D9");

    act(() => findingButton("F12").focus());
    await user.keyboard("{Enter}");
    expect(host.selectCell).toHaveBeenLastCalledWith("장비", "F12");
    await user.keyboard(" ");
    expect(host.selectCell).toHaveBeenCalledTimes(3);
  });

  it("shows a finding without a cell (a broken name) as text, not as something to click", async () => {
    const { user } = renderPane(fakeHost());
    await user.click(screen.getByRole("button", { name: "검증" }));
    await listShown();
    const [staff] = findingsUnder(/^Staff/);
    expect(within(staff).getByText("이름 Staff가 #REF!를 가리킵니다")).toBeInTheDocument();
    expect(within(staff).getByText("셀 없음")).toBeInTheDocument();
    expect(within(staff).queryByRole("button")).not.toBeInTheDocument();
  });

  it("disables the buttons and shows progress while validating", async () => {
    const host = fakeHost();
    const pending = deferred<ValidateOutcome>();
    host.validate.mockReturnValueOnce(pending.promise);
    const { user } = renderPane(host);

    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByRole("button", { name: "검증" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "요약 시트 만들기" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("검증하는 중입니다…")).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "true");

    // Pressed again while running (from the pane or the ribbon): nothing starts twice.
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(host.validate).toHaveBeenCalledTimes(1);

    await act(async () => pending.resolve(checkedOutcome()));
    expect(screen.getByRole("button", { name: "검증" })).not.toHaveAttribute("aria-disabled");
    // The list follows the counts, under a progress line of its own until it is shown.
    await listShown();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });
});

describe("task pane: empty state and messages", () => {
  it("lists the names it looks for and how to define one when the workbook has none", async () => {
    const { user } = renderPane(fakeHost({ outcome: NO_NAMES }));
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(await screen.findByRole("heading", { name: "점검할 이름이 없습니다" })).toBeInTheDocument();
    const names = screen.getByRole("list", { name: "찾는 이름" });
    expect(within(names).getAllByRole("listitem").map((li) => li.textContent)).toEqual(NO_NAMES.namesLookedFor);
    expect(screen.getByText(/\[수식\] > \[이름 정의\]/)).toBeInTheDocument();
  });

  it("shows a HostError's message in an error MessageBar, and nothing of an unexpected error's text", async () => {
    const host = fakeHost();
    host.validate.mockRejectedValueOnce(new HostError("'예산' 시트의 B4 셀을 읽지 못했습니다.", "ItemNotFound"));
    const unexpected = new TypeError("Cannot read properties of undefined (reading 'values')");
    host.validate.mockRejectedValueOnce(unexpected);
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { user } = renderPane(host);

    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("작업을 마치지 못했습니다")).toBeInTheDocument();
    expect(screen.getByText("'예산' 시트의 B4 셀을 읽지 못했습니다.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("예기치 않은 문제로 작업을 마치지 못했습니다. 다시 시도하십시오.")).toBeInTheDocument();
    expect(screen.queryByText(/Cannot read properties/)).not.toBeInTheDocument();
    expect(log).toHaveBeenCalledWith(unexpected);
    log.mockRestore();

    await user.click(screen.getByRole("button", { name: "닫기" }));
    expect(screen.queryByText("작업을 마치지 못했습니다")).not.toBeInTheDocument();
  });

  it("names the sheet a summary was written to, and says when it had to take another name", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "요약 시트 만들기" }));
    expect(screen.getByText("요약 시트를 만들었습니다")).toBeInTheDocument();
    expect(screen.getByText("'요약' 시트를 열어 두었습니다.")).toBeInTheDocument();
    // The body says where the summary is; only the title says it was made.
    expect(screen.getAllByText(/만들었습니다|썼습니다/)).toHaveLength(1);
    await listShown();
    expect(findingButton("B4")).toBeInTheDocument();

    host.generateSummary.mockResolvedValueOnce({
      kind: "written",
      sheetName: "요약 (2)",
      renamedBecauseTaken: true,
      validation: checkedOutcome(),
    });
    await user.click(screen.getByRole("button", { name: "요약 시트 만들기" }));
    expect(screen.getByText("'요약' 시트는 사용자의 시트라 그대로 두고 '요약 (2)' 시트를 열어 두었습니다.")).toBeInTheDocument();
  });

  it("says when the workbook's record was missing and its copy in the document settings was read", async () => {
    const recovered = { ...checkedOutcome(), recordRecovered: { stampWhen: "2018-09-30T03:00:00.000Z", accepted: 2 } };
    const { user } = renderPane(fakeHost({ outcome: recovered }));
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("검증 기록을 사본에서 되살렸습니다")).toBeInTheDocument();
    expect(screen.getByText(/^통합 문서에 있어야 할 검증 기록이 없어서 문서 설정에 남은 사본\(검증 시각 2018-09-30 \d\d:00, 예외 처리 2건\)을 읽고/)).toBeInTheDocument();
  });

  it("says when the summary is written but Excel refused its printed page", async () => {
    const host = fakeHost();
    host.generateSummary.mockResolvedValueOnce({ kind: "written", sheetName: "요약", renamedBecauseTaken: false, printSetupFailed: true, validation: checkedOutcome() });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "요약 시트 만들기" }));
    expect(screen.getByText(/다만 Excel이 인쇄 설정\(A4, 한 페이지 너비, 제목 행 반복\)을 받아들이지 않았습니다\./)).toBeInTheDocument();
  });

  it("shows the empty state, not a summary, when Generate finds none of the names", async () => {
    const { user } = renderPane(fakeHost({ outcome: NO_NAMES }));
    await user.click(screen.getByRole("button", { name: "요약 시트 만들기" }));
    expect(screen.getByRole("heading", { name: "점검할 이름이 없습니다" })).toBeInTheDocument();
    expect(screen.queryByText("요약 시트를 만들었습니다")).not.toBeInTheDocument();
  });

  it("says which cell could not be selected", async () => {
    const host = fakeHost();
    host.selectCell.mockRejectedValueOnce(new Error("ItemNotFound"));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await listShown();
    await user.click(findingButton("B4"));
    expect(screen.getByText(/'예산' 시트의 B4 셀을 선택하지 못했습니다/)).toBeInTheDocument();
  });
});

describe("task pane: keyboard only", () => {
  it("tabs to Validate, runs it with Enter, tabs to a finding and selects its cell with Enter", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);

    await user.tab();
    expect(screen.getByRole("button", { name: "검증" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(host.validate).toHaveBeenCalledTimes(1);
    // Focus stays on Validate while it runs and after.
    expect(screen.getByRole("button", { name: "검증" })).toHaveFocus();

    await listShown();
    const target = findingButton("B4");
    for (let i = 0; i < 10 && document.activeElement !== target; i++) await user.tab();
    expect(target).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(host.selectCell).toHaveBeenCalledWith("예산", "B4");
  });

  it("opens the settings with the keyboard and closes them with Escape, back on the settings button", async () => {
    const { user } = renderPane(fakeHost());
    await user.tab();
    await user.tab();
    await user.tab();
    const settings = screen.getByRole("button", { name: "설정" });
    expect(settings).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(settings).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByLabelText("기준일")).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(settings).toHaveFocus();
  });
});
