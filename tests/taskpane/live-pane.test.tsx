/** @jest-environment jsdom */
/** The pane hears edits while it is mounted and the setting is on; the settings view turns it off. */
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import type { SheetEdit } from "../../src/workbook/port";
import type { ValidateOutcome } from "../../src/taskpane/host";
import { checkedOutcome, deferred, fakeHost } from "../helpers/fake-host";
import { renderPane } from "../helpers/render-pane";

/** A host that can be told about edits, as Excel's `onChanged` would, and re-checks as scripted. */
function liveHost(saved = {}) {
  const host = fakeHost({ saved });
  const stop = jest.fn(async () => undefined);
  let onEdit: ((edit: SheetEdit) => void) | undefined;
  const fixed = checkedOutcome(checkedOutcome().findings.slice(1));
  const live = {
    ...host,
    watchEdits: jest.fn(async (handler: (edit: SheetEdit) => void) => {
      onEdit = handler;
      return stop;
    }),
    recheck: jest.fn(async () => fixed),
  };
  return { host: live, stop, edit: (edit: SheetEdit) => onEdit?.(edit) };
}

describe("the pane's live re-check", () => {
  it("updates the list in place after an edit, and stops hearing edits when the pane goes", async () => {
    const { host, stop, edit } = liveHost();
    const { user, unmount } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(await screen.findByText(/합계 1,234,567/)).toBeInTheDocument();
    await waitFor(() => expect(host.watchEdits).toHaveBeenCalledTimes(1));
    act(() => edit({ sheetId: "s1", address: "B4", moved: false }));
    await waitFor(() => expect(screen.queryByText(/합계 1,234,567/)).not.toBeInTheDocument());
    expect(host.recheck).toHaveBeenCalledWith([{ sheetId: "s1", address: "B4", moved: false }], expect.anything(), "ko");
    expect(screen.getByText(/집행률 80.1%/)).toBeInTheDocument();
    act(() => unmount());
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1));
  });

  it("is a switch in the settings view, saved with the other settings", async () => {
    const { host, stop } = liveHost();
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await waitFor(() => expect(host.watchEdits).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole("button", { name: "설정" }));
    const toggle = screen.getByRole("switch", { name: "편집하면 바로 다시 검사" });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await user.click(screen.getByRole("button", { name: "저장" }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ liveRecheck: false })));
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1));
  });

  it("hears an edit made while the first Validate runs, and re-checks it once the result is shown", async () => {
    const { host, edit } = liveHost();
    const answer = deferred<ValidateOutcome>();
    host.validate.mockImplementationOnce(() => answer.promise);
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "검증" }));
    await waitFor(() => expect(host.watchEdits).toHaveBeenCalledTimes(1));
    act(() => edit({ sheetId: "s1", address: "B4", moved: false }));
    // The quiet time passes while Validate still runs: the re-check waits for its result.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(host.recheck).not.toHaveBeenCalled();
    await act(async () => answer.resolve(checkedOutcome()));
    await waitFor(() => expect(host.recheck).toHaveBeenCalledWith([{ sheetId: "s1", address: "B4", moved: false }], expect.anything(), "ko"));
    await waitFor(() => expect(screen.queryByText(/합계 1,234,567/)).not.toBeInTheDocument());
  });

  it("hears nothing before the first Validate, nor when the workbook's settings have it off", async () => {
    const { host } = liveHost({ liveRecheck: false });
    const { user } = renderPane(host);
    await waitFor(() => expect(host.loadSettings).toHaveBeenCalled());
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(host.watchEdits).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "검증" }));
    expect(await screen.findByText(/합계 1,234,567/)).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(host.watchEdits).not.toHaveBeenCalled();
  });
});
