/// <reference types="office-js" />
/** What the Office.js adapter is given rather than reaching for globals, so tests hand it the fake host. */

/** The signature of `Excel.run`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether the host implements ExcelApi `version` (`"1.9"`): `Office.context.requirements.isSetSupported`. */
export type ApiSupport = (version: string) => boolean;

/** The running Office host's answer; false outside Office, so code falls back to the baseline. */
export const officeApiSupport: ApiSupport = (version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
