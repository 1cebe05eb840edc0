/**
 * The workbook the fake host holds: the one the preview page hands over when the pane is in its iframe, else
 * the .xlsx at the page's `?workbook=` URL (the e2e tests' fixtures), else the bundled sample.
 */
import { renderMessage } from "../../core/messages";
import { createFakeExcel, fakeWorkbookFromXlsx, type FakeExcel } from "../../fake-excel";
import { UNREADABLE_WORKBOOK_MESSAGES } from "../../text/unreadable-workbook";
import { UnreadableWorkbookError } from "../../workbook/port";
import { SAMPLE, type PreviewParent } from "../protocol";

export interface OpenWorkbook {
  /** The file name, as `Office.context.document.url` gives it. */
  readonly name: string;
  readonly fake: FakeExcel;
}

export async function openWorkbook(parent: PreviewParent | undefined, search: string): Promise<OpenWorkbook> {
  const { name, bytes } = parent
    ? await fromParent(parent)
    : await fromUrl(new URLSearchParams(search).get("workbook") ?? SAMPLE.url);
  try {
    return { name, fake: createFakeExcel(await fakeWorkbookFromXlsx(bytes, name)) };
  } catch (error) {
    throw new Error(openFailure(error));
  }
}

async function fromParent(parent: PreviewParent): Promise<{ name: string; bytes: Uint8Array }> {
  const { name, bytes } = await parent.workbook();
  // A copy made in this window: the parent's ArrayBuffer belongs to another realm, where JSZip's
  // `instanceof` checks would not recognise it.
  return { name, bytes: new Uint8Array(bytes).slice() };
}

async function fromUrl(url: string): Promise<{ name: string; bytes: Uint8Array }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const name = decodeURIComponent(new URL(url, location.href).pathname.split("/").pop() ?? "");
  return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Why a workbook did not open, in Korean like the preview's own page, in the words the CLI uses for the same file. */
function openFailure(error: unknown): string {
  if (!(error instanceof UnreadableWorkbookError)) return error instanceof Error ? error.message : String(error);
  return renderMessage(UNREADABLE_WORKBOOK_MESSAGES[error.reason], { file: error.source, detail: error.detail }, "ko");
}
