/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { countBySeverity, type Finding, type Lang } from "../../src/core/finding";
import type { CheckedOutcome, PaneSettings, ValidateOutcome } from "../../src/taskpane/host";
import { checkedOutcome, fakeHost, FINDINGS } from "../helpers/fake-host";
import { listShown } from "../helpers/finding-grid";
import { renderPane } from "../helpers/render-pane";

const WHEN = new Date(2018, 8, 30, 9, 5).toISOString();

function withRecord(outcome: CheckedOutcome, extra: Partial<CheckedOutcome>): CheckedOutcome {
  return { ...outcome, ...extra };
}

describe("task pane: stamp and accepted findings", () => {
  it("shows that the data is unchanged since the stamp, or which ranges changed", async () => {
    const host = fakeHost({ outcome: withRecord(checkedOutcome([]), { stamp: { when: WHEN, unchanged: true, changed: [] } }) });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(await screen.findByText("검증 시각 2018-09-30 09:05, 이후 데이터 변경 없음")).toBeInTheDocument();

    host.validate.mockResolvedValue(withRecord(checkedOutcome(), { stamp: { when: WHEN, unchanged: false, changed: ["Budget", "Inventory"] } }));
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(await screen.findByText("검증 시각 2018-09-30 09:05 이후 변경됨: Budget, Inventory")).toBeInTheDocument();
  });

  it("accepts an error with a reason through the host, then lists it apart and counts it no more", async () => {
    const target = FINDINGS[0];
    const rest = FINDINGS.slice(1);
    const after: CheckedOutcome = withRecord(checkedOutcome(rest), {
      counts: countBySeverity(rest),
      accepted: [{ finding: target, acceptance: { rule: target.rule, sheet: target.sheet, cell: target.cell, key: "k", reason: "예산과 승인", when: WHEN } }],
    });
    const acceptFinding = jest.fn<Promise<ValidateOutcome>, [Finding, string, PaneSettings, Lang]>(async () => after);
    const host = { ...fakeHost(), acceptFinding };
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));

    await user.click(await screen.findByRole("button", { name: "예외 처리: B4" }));
    const reason = screen.getByRole("textbox", { name: /예외 처리 사유/ });
    expect(screen.getByRole("button", { name: "예외 처리" })).toBeDisabled();
    await user.type(reason, "예산과 승인");
    await user.click(screen.getByRole("button", { name: "예외 처리" }));

    expect(acceptFinding).toHaveBeenCalledWith(target, "예산과 승인", expect.anything(), "ko");
    expect(await screen.findByRole("heading", { name: "예외 처리한 항목 1건 (오류로 세지 않음)" })).toBeInTheDocument();
    expect(screen.getByText("사유: 예산과 승인")).toBeInTheDocument();
    expect(screen.getByText("검증 결과: 오류 2건, 경고 1건, 정보 1건")).toBeInTheDocument();
  });

  it("offers no acceptance when the host cannot keep one, nor for warnings", async () => {
    const { user } = renderPane(fakeHost());
    await user.click(screen.getByRole("button", { name: "검증" }));
    await listShown();
    expect(screen.queryByRole("button", { name: /^예외 처리/ })).not.toBeInTheDocument();

    const { user: second } = renderPane({ ...fakeHost(), acceptFinding: jest.fn() });
    await second.click(screen.getAllByRole("button", { name: "검증" })[1]);
    expect((await screen.findAllByRole("button", { name: /^예외 처리: / })).map((b) => b.getAttribute("aria-label"))).toEqual(["예외 처리: B4", "예외 처리: D9"]);
  });
});
