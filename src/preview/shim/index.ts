/**
 * The fake Office host for a browser page: scripts/preview appends this bundle to Office.js, so the production
 * task pane, unchanged, runs against an in-memory workbook (src/fake-excel). The workbook comes from the
 * preview page when the pane is in its iframe, else from `?workbook=URL` (default: the sample).
 *
 * The fake host, ExcelJS with it, is a chunk of its own, loaded when first needed: on the first `Excel.run`,
 * or at once in the preview, which draws the workbook from the start. So the pane's first render costs what
 * it costs in Excel, not the parsing of a workbook.
 */
import type { PreviewWindow, ShimWindow } from "../protocol";
import { installOffice } from "./office";
import type { OpenWorkbook } from "./open-workbook";

const page = window as ShimWindow & { OsfOptOut?: boolean };
const parent = window.parent !== window ? (window.parent as PreviewWindow).budgetCheckPreview : undefined;

let opening: Promise<OpenWorkbook> | undefined;
const open = () =>
  (opening ??= import(/* webpackChunkName: "fake-host" */ "./open-workbook").then(({ openWorkbook }) =>
    openWorkbook(parent, location.search),
  ));
const show = () =>
  void open().then(
    ({ fake }) => parent?.show(fake.workbook, (sheet, address, text) => fake.edit(sheet, address, [[text]])),
    () => undefined,
  );

if (parent) {
  // Office.js sends a framed page outside Office to about:blank unless this is defined; the preview frames it.
  page.OsfOptOut = true;
  open().then(show, (error: unknown) => parent.failed(error instanceof Error ? error.message : String(error)));
}
Object.defineProperty(page, "budgetCheckFake", { get: () => open().then(({ fake }) => fake) });
page.budgetCheckActions = installOffice(open, show);
