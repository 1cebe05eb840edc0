/**
 * Office.js as the preview and the e2e tests serve it: the files of the @microsoft/office-js package, with the
 * fake host (dist-preview/office-shim.js) appended to office.js, so that it runs right after Office.js and the
 * built pages need no change.
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ROOT, within } from "./paths";

/** Where the built pages load Office.js from. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const OFFICE_JS_DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const SHIM = join(ROOT, "dist-preview", "office-shim.js");

/**
 * A file of Office.js by its path under `lib/1/hosted/` (`office.js`, `ko-kr/office_strings.js`); undefined if
 * there is none. Fails when the shim is not built (`npm run build:preview`).
 */
export async function officeJsFile(path: string): Promise<Buffer | undefined> {
  const file = within(OFFICE_JS_DIST, path);
  const content = file === undefined ? undefined : await readFile(file).catch(() => undefined);
  if (content === undefined || path !== "office.js") return content;
  return Buffer.concat([content, Buffer.from("\n;\n"), await readFile(SHIM)]);
}
