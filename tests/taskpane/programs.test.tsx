/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { checkedOutcome, fakeHost, finding } from "../helpers/fake-host";
import { findingsUnder, listShown, textsUnder } from "../helpers/finding-grid";
import { renderPane } from "../helpers/render-pane";

describe("task pane: a budget with program levels", () => {
  it("lists the findings inside the table under their top-level program (정책사업)", async () => {
    const findings = [
      finding("error", "Budget", "예산", "B5", "단위사업 정보시스템 운영: 예산액 400 ≠ 세부사업 합 390 (차이 10)"),
      finding("error", "Budget", "예산", "B10", "정책사업 기본경비"),
      finding("error", "Budget", "예산", "B11", "합계"),
    ];
    const outcome = {
      ...checkedOutcome(findings),
      ranges: [
        {
          name: "Budget",
          kind: "budget",
          sheet: "예산",
          programs: [
            { label: "정보화 추진", first: 3, last: 8 },
            { label: "기본경비", first: 9, last: 9 },
          ],
        },
      ],
    };
    const { user } = renderPane(fakeHost({ outcome }));
    await user.click(screen.getByRole("button", { name: "검증" }));

    await listShown();
    expect(screen.getByRole("heading", { level: 3, name: "정보화 추진" })).toBeInTheDocument();
    expect(textsUnder("정보화 추진")).toEqual([
      "오류, B5: 단위사업 정보시스템 운영: 예산액 400 ≠ 세부사업 합 390 (차이 10)",
    ]);
    expect(within(findingsUnder("기본경비")[0]).getByRole("button", { name: /B10/ })).toBeInTheDocument();
    // The total row is no program's: it stays under the range's own heading.
    expect(within(findingsUnder(/^Budget/)[0]).getByRole("button", { name: /B11/ })).toBeInTheDocument();
  });
});
