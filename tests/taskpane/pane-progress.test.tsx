/** @jest-environment jsdom */
/** The pane shows how far a long Validate or Generate has come, as the host reports it, and nothing once done. */
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import type { GenerateOutcome, ValidateOutcome } from "../../src/taskpane/host";
import { checkedOutcome, deferred, fakeHost } from "../helpers/fake-host";
import { renderPane } from "../helpers/render-pane";

describe("the pane's progress line", () => {
  it("counts tables and rows while validating, then gives way to the result", async () => {
    const host = fakeHost();
    const pending = deferred<ValidateOutcome>();
    host.validate.mockImplementationOnce((_settings, _lang, onProgress) => {
      onProgress?.({ step: "check", table: 3, tables: 7, rows: 12_000, totalRows: 100_000 });
      return pending.promise;
    });
    const { user } = renderPane(host);

    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(screen.getByText("표 3/7 검사 중입니다… (12,000 / 100,000행).")).toBeInTheDocument();
    await act(async () => pending.resolve(checkedOutcome()));
    expect(screen.queryByText(/검사 중입니다/)).not.toBeInTheDocument();
  });

  it("names the summary's steps while generating", async () => {
    const host = fakeHost();
    const pending = deferred<GenerateOutcome>();
    host.generateSummary.mockImplementationOnce((_settings, _lang, onProgress) => {
      onProgress?.({ step: "write" });
      return pending.promise;
    });
    const { user } = renderPane(host);

    await user.click(screen.getByRole("button", { name: "요약 시트 만들기" }));
    expect(screen.getByText("요약 시트를 통합 문서에 쓰는 중입니다…")).toBeInTheDocument();
    await act(async () => pending.resolve({ kind: "written", sheetName: "요약", renamedBecauseTaken: false, validation: checkedOutcome() }));
    expect(screen.queryByText("요약 시트를 통합 문서에 쓰는 중입니다…")).not.toBeInTheDocument();
  });
});
