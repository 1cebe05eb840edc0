/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS } from "../../src/taskpane/host";
import { readSettings } from "../../src/taskpane/settings";
import { fakeHost } from "../helpers/fake-host";
import { renderPane } from "../helpers/render-pane";

describe("task pane: settings", () => {
  it("loads the workbook's settings on start and shows them in the panel", async () => {
    const host = fakeHost({ saved: { asOf: "2018-09-30", dueWithinMonths: 6, tolerance: 1 } });
    const { user } = renderPane(host);
    expect(await screen.findByText("기준일 2018-09-30 · 교체 예정 6개월")).toBeInTheDocument();
    expect(host.loadSettings).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("button", { name: "설정" }));
    expect(screen.getByLabelText("기준일")).toHaveValue("2018-09-30");
    expect(screen.getByLabelText("교체 예정 기간(개월)")).toHaveValue(6);
    expect(screen.getByLabelText("금액 허용 오차(각 표의 단위)")).toHaveValue(1);
    expect(screen.getByLabelText("언어")).toHaveValue("auto");
  });

  it("saves what the user set through the host, and validates with it", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "설정" }));
    await user.type(screen.getByLabelText("기준일"), "2018-09-30");
    await user.clear(screen.getByLabelText("교체 예정 기간(개월)"));
    await user.type(screen.getByLabelText("교체 예정 기간(개월)"), "24");
    await user.clear(screen.getByLabelText("금액 허용 오차(각 표의 단위)"));
    await user.type(screen.getByLabelText("금액 허용 오차(각 표의 단위)"), "1.5");
    await user.click(screen.getByRole("button", { name: "저장" }));

    const saved = { asOf: "2018-09-30", dueWithinMonths: 24, lang: "auto", tolerance: 1.5, liveRecheck: true };
    expect(host.saveSettings).toHaveBeenCalledWith(saved);
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(screen.getByText("기준일 2018-09-30 · 교체 예정 24개월")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(host.validate).toHaveBeenLastCalledWith(saved, "ko", expect.any(Function));
  });

  it("validates with the saved settings from the start, and an empty as-of date leaves it to the workbook", async () => {
    const host = fakeHost({ saved: { asOf: "2017-12-31" } });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(host.validate).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, asOf: "2017-12-31" }, "ko", expect.any(Function));

    await user.click(screen.getByRole("button", { name: "설정" }));
    await user.clear(screen.getByLabelText("기준일"));
    await user.click(screen.getByRole("button", { name: "저장" }));
    expect(host.saveSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, asOf: undefined });
    // A result on screen is brought up to date with the new settings.
    await waitFor(() => expect(host.validate).toHaveBeenCalledTimes(2));
    expect(host.validate).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, asOf: undefined }, "ko", expect.any(Function));
  });

  it("saves the summary's department and 결재란 roles, or no 결재란, and generates with them", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "설정" }));
    await user.type(screen.getByLabelText("부서명"), "정보통신과");
    await user.type(screen.getByLabelText("결재란 직위(쉼표로 구분)"), "담당, 과장");
    await user.click(screen.getByRole("button", { name: "저장" }));
    const saved = { ...DEFAULT_SETTINGS, asOf: undefined, department: "정보통신과", approvals: ["담당", "과장"] };
    expect(host.saveSettings).toHaveBeenLastCalledWith(saved);
    await user.click(screen.getByRole("button", { name: "요약 시트 만들기" }));
    expect(host.generateSummary).toHaveBeenLastCalledWith(saved, "ko", expect.any(Function));

    await user.click(screen.getByRole("button", { name: "설정" }));
    expect(screen.getByLabelText("결재란 직위(쉼표로 구분)")).toHaveValue("담당, 과장");
    await user.click(screen.getByRole("checkbox", { name: "요약에 결재란 넣기" }));
    expect(screen.queryByLabelText("결재란 직위(쉼표로 구분)")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "저장" }));
    expect(host.saveSettings).toHaveBeenLastCalledWith({ ...saved, approvals: [] });
  });

  it("refuses more 결재란 roles than the title block holds", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "설정" }));
    await user.type(screen.getByLabelText("결재란 직위(쉼표로 구분)"), "가, 나, 다, 라, 마, 바");
    expect(screen.getByText("직위는 5개까지 적을 수 있습니다.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "저장" })).toBeDisabled();
  });

  it("refuses a window or tolerance that is not a number in range", async () => {
    const host = fakeHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "설정" }));
    await user.clear(screen.getByLabelText("교체 예정 기간(개월)"));
    await user.type(screen.getByLabelText("교체 예정 기간(개월)"), "121");
    expect(screen.getByText("0부터 120까지의 정수를 입력하십시오.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "저장" })).toBeDisabled();
    await user.clear(screen.getByLabelText("교체 예정 기간(개월)"));
    await user.type(screen.getByLabelText("교체 예정 기간(개월)"), "12");
    await user.clear(screen.getByLabelText("금액 허용 오차(각 표의 단위)"));
    expect(screen.getByText("0 이상의 숫자를 입력하십시오.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "저장" })).toBeDisabled();
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("sets a rule's severity, saved with the settings, and back to its default", async () => {
    const host = fakeHost({ saved: { rules: { "inventory/due-soon": "off" } } });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "설정" }));
    await user.click(screen.getByText("규칙별 심각도"));
    const over = screen.getByLabelText("집행액이 예산액을 넘는지 확인합니다.");
    expect(over).toHaveValue("default");
    expect(within(over).getByRole("option", { name: "기본값 (오류)", selected: true })).toBeInTheDocument();
    expect(screen.getByText("budget/over-executed")).toBeInTheDocument();
    await user.selectOptions(over, "경고");
    await user.selectOptions(screen.getByLabelText(/교체 예정 기간\(기본 12개월\) 안에/), "기본값 (정보)");
    await user.click(screen.getByRole("button", { name: "저장" }));
    const saved = { ...DEFAULT_SETTINGS, asOf: undefined, rules: { "budget/over-executed": "warning" } };
    expect(host.saveSettings).toHaveBeenCalledWith(saved);
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(host.validate).toHaveBeenLastCalledWith(saved, "ko", expect.any(Function));
  });

  it("keeps the new settings for the session and says so when the workbook could not store them", async () => {
    const host = fakeHost();
    host.saveSettings.mockRejectedValueOnce({ name: "Error", code: 5001, message: "Internal error" });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "설정" }));
    await user.clear(screen.getByLabelText("교체 예정 기간(개월)"));
    await user.type(screen.getByLabelText("교체 예정 기간(개월)"), "3");
    await user.click(screen.getByRole("button", { name: "저장" }));
    expect(await screen.findByText(/설정을 통합 문서에 저장하지 못했습니다/)).toBeInTheDocument();
    expect(screen.getByText(/교체 예정 3개월/)).toBeInTheDocument();
  });
});

describe("task pane: language", () => {
  it("speaks Korean under a Korean Office and English under any other, when left automatic", async () => {
    const koHost = fakeHost({ displayLanguage: "ko-KR" });
    const ko = renderPane(koHost);
    await ko.user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByRole("button", { name: "요약 시트 만들기" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /경고 1/ })).toBeInTheDocument();
    expect(koHost.validate).toHaveBeenCalledWith(expect.anything(), "ko", expect.any(Function));
    expect(document.documentElement.lang).toBe("ko");
    ko.unmount();

    const enHost = fakeHost({ displayLanguage: "en-US" });
    const en = renderPane(enHost);
    expect(screen.getByRole("heading", { level: 1, name: "Budget Check" })).toBeInTheDocument();
    await en.user.click(screen.getByRole("button", { name: "Validate" }));
    expect(screen.getByRole("button", { name: "Generate summary" })).toBeInTheDocument();
    expect(screen.getByText("Validation: 3 errors, 1 warning, 1 info")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Warnings 1/ })).toBeInTheDocument();
    expect(screen.getByText("As of 2018-09-30 · due within 12 months")).toBeInTheDocument();
    expect(enHost.validate).toHaveBeenCalledWith(expect.anything(), "en", expect.any(Function));
    expect(document.documentElement.lang).toBe("en");
  });

  it("follows an explicit choice over Office's language, saved in the workbook", async () => {
    renderPane(fakeHost({ displayLanguage: "ko-KR", saved: { lang: "en" } }));
    expect(await screen.findByRole("button", { name: "Validate" })).toBeInTheDocument();
  });

  it("switches language from the settings panel", async () => {
    const target = fakeHost({ displayLanguage: "en-US" });
    const { user } = renderPane(target);
    await user.click(screen.getByRole("button", { name: "Settings" }));
    await user.selectOptions(screen.getByLabelText("Language"), "한국어");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(target.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, lang: "ko" });
    expect(screen.getByRole("button", { name: "검증" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "예산·자산 점검" })).toBeInTheDocument();
  });
});

describe("settings read from a workbook", () => {
  it("keeps a department and 결재란 roles that are well formed, and drops the rest", () => {
    expect(readSettings({ department: "정보통신과", approvals: ["담당", "과장"] })).toEqual({ department: "정보통신과", approvals: ["담당", "과장"] });
    expect(readSettings({ approvals: [] })).toEqual({ approvals: [] });
    expect(readSettings({ department: " ", approvals: ["a", "b", "c", "d", "e", "f"] })).toEqual({});
    expect(readSettings({ approvals: "담당,과장" })).toEqual({});
  });
});
