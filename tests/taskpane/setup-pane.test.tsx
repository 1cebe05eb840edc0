/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../src/core/finding";
import type { TableKind } from "../../src/core/kinds";
import { DEFAULT_SETTINGS, HostError, type CheckedOutcome, type CheckedRange, type PaneSettings, type ValidateOutcome } from "../../src/taskpane/host";
import { checkedOutcome, deferred, fakeHost, finding, NO_NAMES, RANGES } from "../helpers/fake-host";
import { findingsUnder, listShown } from "../helpers/finding-grid";
import { renderPane } from "../helpers/render-pane";

// A workbook as an office keeps it: the register in the 물품 forms' words and a budget in e-호조's, neither named.
const INVENTORY_FOUND: CheckedRange = {
  name: "장비!A3:K58",
  kind: "inventory",
  sheet: "장비",
  range: "A3:K58",
  detected: true,
  headerWords: ["물품관리번호", "품명", "취득일자", "취득단가", "수량"],
};
const BUDGET_FOUND: CheckedRange = {
  name: "예산 현황!B4:H20",
  kind: "budget",
  sheet: "예산 현황",
  range: "B4:H20",
  detected: true,
  headerWords: ["세부사업명", "예산현액", "집행액", "집행률"],
};

const FOUND_FINDINGS = [
  finding("info", "장비!A3:K58", "장비", "A3", "이름 없이 찾은 표: 장비!A3:K58 (장비)"),
  finding("info", "예산 현황!B4:H20", "예산 현황", "B4", "이름 없이 찾은 표: 예산 현황!B4:H20 (예산)"),
];

function withRanges(ranges: readonly CheckedRange[], findings = FOUND_FINDINGS): CheckedOutcome {
  return { ...checkedOutcome(findings), ranges };
}

const FOUND = withRanges([INVENTORY_FOUND, BUDGET_FOUND]);
// After the register was named: the host chose `장비`, and only the budget is still found without a name.
const INVENTORY_NAMED = withRanges(
  [{ name: "장비", kind: "inventory", sheet: "장비", range: "A3:K58" }, BUDGET_FOUND],
  FOUND_FINDINGS.slice(1),
);

/** A host that can name, answering each naming with the given outcome. */
function namingHost(outcome: ValidateOutcome, after: ValidateOutcome = INVENTORY_NAMED, displayLanguage = "ko-KR") {
  return {
    ...fakeHost({ outcome, displayLanguage }),
    defineName: jest.fn<Promise<ValidateOutcome>, [TableKind, string, string, PaneSettings, Lang]>(async () => after),
    nameSelection: jest.fn<Promise<ValidateOutcome>, [TableKind, PaneSettings, Lang]>(async () => after),
  };
}

const setupButton = () => screen.getByRole("button", { name: "표 설정" });

describe("task pane: Set up", () => {
  it("offers Set up when tables were found without a name, and not when every range is named", async () => {
    const host = namingHost(FOUND);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("이름 없이 찾은 표 2개를 점검했습니다.")).toBeInTheDocument();
    // Nothing named: no "0 named ranges" beside it.
    expect(screen.queryByText(/^이름 \d+개를 점검했습니다/)).not.toBeInTheDocument();
    expect(setupButton()).toBeInTheDocument();

    host.validate.mockResolvedValueOnce(checkedOutcome());
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("이름 3개를 점검했습니다.")).toBeInTheDocument();
    // The list follows the counts in a render of its own.
    await waitFor(() => expect(screen.queryByText(/이름 없이 찾은 표/)).not.toBeInTheDocument());
    expect(screen.queryByRole("button", { name: "표 설정" })).not.toBeInTheDocument();
  });

  it("offers Set up in the empty state, beside the names to define by hand", async () => {
    const { user } = renderPane(namingHost(NO_NAMES));
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(await screen.findByRole("heading", { name: "점검할 이름이 없습니다" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "찾는 이름" })).toBeInTheDocument();

    await user.click(setupButton());
    expect(screen.getByRole("heading", { level: 2, name: "표 설정" })).toBeInTheDocument();
    expect(screen.getByText("이름 없이 찾은 표가 없습니다.")).toBeInTheDocument();
    expect(screen.getByRole("form", { name: "선택 영역에 이름 정의" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "점검할 이름이 없습니다" })).not.toBeInTheDocument();
  });

  it("lists each table found with its kind, sheet, range and header words", async () => {
    const { user } = renderPane(namingHost(FOUND));
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());

    const list = screen.getByRole("list", { name: "이름 없이 찾은 표" });
    const entries = within(list).getAllByRole("listitem");
    expect(entries).toHaveLength(2);
    expect(within(entries[0]).getByRole("button", { name: /^장비 장비!A3:K58/ })).toHaveTextContent(
      "장비 장비!A3:K58머리글: 물품관리번호 · 품명 · 취득일자 · 취득단가 · 수량",
    );
    expect(within(entries[1]).getByRole("button", { name: /^예산 예산 현황!B4:H20/ })).toHaveTextContent(
      "머리글: 세부사업명 · 예산현액 · 집행액 · 집행률",
    );
    expect(within(entries[1]).getByRole("button", { name: "이름 정의: 예산 현황!B4:H20" })).toBeInTheDocument();
    // The findings give way to the view while it is open.
    expect(screen.queryByRole("region", { name: "검증 결과" })).not.toBeInTheDocument();
    expect(screen.queryByText(/이름 없이 찾은 표:/)).not.toBeInTheDocument();
  });

  it("selects a found table's range in the sheet when an entry gets the focus or a click, once each", async () => {
    const host = namingHost(FOUND);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());

    await user.click(screen.getByRole("button", { name: /^예산 예산 현황!B4:H20/ }));
    expect(host.selectCell.mock.calls).toEqual([["예산 현황", "B4:H20"]]);
    // Again on the entry that has the focus: the user may have moved the selection in the sheet since.
    await user.click(screen.getByRole("button", { name: /^예산 예산 현황!B4:H20/ }));
    expect(host.selectCell).toHaveBeenCalledTimes(2);

    act(() => screen.getByRole("button", { name: /^장비 장비!A3:K58/ }).focus());
    expect(host.selectCell).toHaveBeenLastCalledWith("장비", "A3:K58");
    // Moving on to the entry's own Define button stays on the same range.
    act(() => screen.getByRole("button", { name: "이름 정의: 장비!A3:K58" }).focus());
    expect(host.selectCell).toHaveBeenCalledTimes(3);
  });

  it("defines a found table's name in one click through the host, and shows the validation that follows", async () => {
    const host = namingHost(FOUND);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());

    await user.click(screen.getByRole("button", { name: "이름 정의: 장비!A3:K58" }));
    expect(host.defineName).toHaveBeenCalledWith("inventory", "장비", "A3:K58", DEFAULT_SETTINGS, "ko");
    expect(screen.getByText("이름을 정의했습니다")).toBeInTheDocument();
    expect(screen.getByText("이름을 정의하고 다시 검증했습니다: 장비.")).toBeInTheDocument();
    // The view stays, for the next table; what was named has left the list.
    const list = screen.getByRole("list", { name: "이름 없이 찾은 표" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(within(list).queryByText("장비!A3:K58")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "검증 결과 보기" }));
    expect(screen.getByText("이름 1개를 점검했습니다.")).toBeInTheDocument();
    expect(screen.getByText("이름 없이 찾은 표 1개를 점검했습니다.")).toBeInTheDocument();
    await listShown();
    expect(findingsUnder(/^예산 현황!B4:H20/)).not.toHaveLength(0);
  });

  it("names the selection as the kind chosen from the list", async () => {
    const staffNamed = withRanges([{ name: "인력", kind: "staff", sheet: "인력", range: "A2:F9" }], []);
    const host = namingHost(NO_NAMES, staffNamed);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());

    const kind = screen.getByRole("combobox", { name: "표 종류" });
    expect(within(kind).getAllByRole("option").map((option) => option.textContent)).toEqual(["예산", "인력", "장비", "표", "내용연수"]);
    expect(screen.getByRole("button", { name: "선택 영역을 예산 표로 지정" })).toBeInTheDocument();
    await user.selectOptions(kind, "인력");
    await user.click(screen.getByRole("button", { name: "선택 영역을 인력 표로 지정" }));

    expect(host.nameSelection).toHaveBeenCalledWith("staff", DEFAULT_SETTINGS, "ko");
    expect(host.defineName).not.toHaveBeenCalled();
    expect(screen.getByText("이름을 정의하고 다시 검증했습니다: 인력.")).toBeInTheDocument();

    await user.selectOptions(kind, "표");
    expect(screen.getByRole("button", { name: "선택 영역을 합계가 있는 표로 지정" })).toBeInTheDocument();
  });

  it("offers no naming when the host cannot name, though it still says what it found", async () => {
    const { user } = renderPane(fakeHost({ outcome: FOUND }));
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("이름 없이 찾은 표 2개를 점검했습니다.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "표 설정" })).not.toBeInTheDocument();

    const { user: second } = renderPane(fakeHost({ outcome: NO_NAMES }));
    await second.click(screen.getAllByRole("button", { name: "검증" })[1]);
    expect(screen.getByRole("heading", { name: "점검할 이름이 없습니다" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "표 설정" })).not.toBeInTheDocument();
  });

  it("offers each naming only as far as the host can do it", async () => {
    const { nameSelection: _, ...defineOnly } = namingHost(FOUND);
    const { user } = renderPane(defineOnly);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());
    expect(screen.getAllByRole("button", { name: /^이름 정의: / })).toHaveLength(2);
    expect(screen.queryByRole("form", { name: "선택 영역에 이름 정의" })).not.toBeInTheDocument();
  });

  it("shows progress while naming, and a host's error as a notice with the view kept", async () => {
    const host = namingHost(FOUND);
    const pending = deferred<ValidateOutcome>();
    host.defineName.mockReturnValueOnce(pending.promise);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());

    await user.click(screen.getByRole("button", { name: "이름 정의: 장비!A3:K58" }));
    expect(screen.getByText("이름을 정의하는 중입니다…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "이름 정의: 예산 현황!B4:H20" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "선택 영역을 예산 표로 지정" })).toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: "이름 정의: 예산 현황!B4:H20" }));
    expect(host.defineName).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve(INVENTORY_NAMED));
    expect(screen.queryByText("이름을 정의하는 중입니다…")).not.toBeInTheDocument();

    host.nameSelection.mockRejectedValueOnce(new HostError("선택 영역이 한 셀뿐입니다. 머리글 행부터 표 전체를 선택하십시오.", "InvalidSelection"));
    await user.click(screen.getByRole("button", { name: "선택 영역을 예산 표로 지정" }));
    expect(screen.getByText("작업을 마치지 못했습니다")).toBeInTheDocument();
    expect(screen.getByText("선택 영역이 한 셀뿐입니다. 머리글 행부터 표 전체를 선택하십시오.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "표 설정" })).toBeInTheDocument();
  });

  it("says which range could not be selected", async () => {
    const host = namingHost(FOUND);
    host.selectCell.mockRejectedValueOnce(new Error("ItemNotFound"));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());
    await user.click(screen.getByRole("button", { name: /^장비 장비!A3:K58/ }));
    expect(screen.getByText(/'장비' 시트의 A3:K58 범위를 선택하지 못했습니다/)).toBeInTheDocument();
  });

  it("goes back to the findings when a validation is asked for", async () => {
    const { user } = renderPane(namingHost(FOUND));
    await user.click(screen.getByRole("button", { name: "검증" }));
    await user.click(setupButton());
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.queryByRole("heading", { level: 2, name: "표 설정" })).not.toBeInTheDocument();
    expect(setupButton()).toBeInTheDocument();
  });

  it("speaks English in an English Office", async () => {
    const host = namingHost(FOUND, INVENTORY_NAMED, "en-US");
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(screen.getByText("Checked 2 tables found without a name.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Set up tables" }));
    expect(screen.getByRole("list", { name: "Tables found without a name" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Inventory 장비!A3:K58/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind of table" }), "Useful life");
    expect(screen.getByRole("button", { name: "Name the selection: useful-life table" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Define name: 장비!A3:K58" }));
    expect(host.defineName).toHaveBeenCalledWith("inventory", "장비", "A3:K58", DEFAULT_SETTINGS, "en");
    expect(screen.getByText("Defined the name and validated again: 장비.")).toBeInTheDocument();
  });
});

describe("task pane: Set up by keyboard", () => {
  it("opens Set up, selects and names a table and the selection with the keyboard, and comes back to the button", async () => {
    const host = namingHost(FOUND, FOUND);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));

    setupButton().focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { level: 2, name: "표 설정" })).toHaveFocus();

    await user.tab();
    expect(screen.getByRole("button", { name: /^장비 장비!A3:K58/ })).toHaveFocus();
    expect(host.selectCell).toHaveBeenLastCalledWith("장비", "A3:K58");
    await user.tab();
    expect(screen.getByRole("button", { name: "이름 정의: 장비!A3:K58" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: /^예산 예산 현황!B4:H20/ })).toHaveFocus();
    expect(host.selectCell).toHaveBeenLastCalledWith("예산 현황", "B4:H20");
    expect(host.selectCell).toHaveBeenCalledTimes(2);
    await user.tab();
    await user.keyboard("{Enter}");
    expect(host.defineName).toHaveBeenLastCalledWith("budget", "예산 현황", "B4:H20", DEFAULT_SETTINGS, "ko");

    await user.tab();
    expect(screen.getByRole("combobox", { name: "표 종류" })).toHaveFocus();
    await user.selectOptions(screen.getByRole("combobox", { name: "표 종류" }), "장비");
    await user.tab();
    expect(screen.getByRole("button", { name: "선택 영역을 장비 표로 지정" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(host.nameSelection).toHaveBeenLastCalledWith("inventory", DEFAULT_SETTINGS, "ko");

    await user.tab();
    expect(screen.getByRole("button", { name: "검증 결과 보기" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(setupButton()).toHaveFocus();
  });
});
