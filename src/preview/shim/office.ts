/// <reference types="office-js" />
/**
 * The Office and Excel globals the production pane uses, over the fake host. Office.js stays the real one:
 * its enums (`AsyncResultStatus`, `HostType`) serve as they are. What only a host can answer (context,
 * settings, ribbon actions, `Excel.run`) is replaced once Office.js has initialised, because until then
 * Office.js itself (re)defines `window.Office` and a read-only `Office.context`.
 */
import type { ExcelRunLike } from "../../fake-excel";
import type { RibbonAction } from "../protocol";
import type { OpenWorkbook } from "./open-workbook";

/** Office in Korean, as the pane's users run it. */
const DISPLAY_LANGUAGE = "ko-KR";

/** Office's light ("Colorful") theme, as `Office.context.officeTheme` reports it. */
const LIGHT_THEME = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
  isDarkTheme: false,
};

/** Office's Black theme, asked for by `?theme=dark` in the page's address (to see the pane as dark-theme users do). */
const DARK_THEME = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#262626",
  controlForegroundColor: "#FFFFFF",
  isDarkTheme: true,
};

/** The two globals the pane reads, typed as the shim sets them. */
interface Host {
  Office: typeof Office;
  Excel?: { run: ExcelRunLike };
}

/** Installs the fakes; `afterRun` follows every `Excel.run`, failed or not. Returns the ribbon actions the page associates. */
export function installOffice(open: () => Promise<OpenWorkbook>, afterRun: () => void): ReadonlyMap<string, RibbonAction> {
  const host = window as unknown as Host;
  const office = host.Office;
  const actions = new Map<string, RibbonAction>();
  // Office answers synchronously; what it says of the workbook is asked inside or after an Excel.run, which opened it.
  let workbook: OpenWorkbook | undefined;
  const info = { host: office.HostType.Excel, platform: office.PlatformType.OfficeOnline };
  // Outside Office, Office.js initialises as a plain web page; the fake host answers from then on.
  const ready = office.onReady().then(() => {
    host.Office = fakeOffice(office, () => workbook, actions);
    stopOfficeJsTelemetryFrame();
    return info;
  });
  office.onReady = ((callback?: (ready: typeof info) => void) =>
    ready.then((value) => {
      callback?.(value);
      return value;
    })) as typeof Office.onReady;

  const run: ExcelRunLike = async (batch) => {
    try {
      workbook = await open();
      return await workbook.fake.run(batch);
    } finally {
      afterRun();
    }
  };
  host.Excel = { run };
  return actions;
}

function fakeOffice(
  office: typeof Office,
  workbook: () => OpenWorkbook | undefined,
  actions: Map<string, RibbonAction>,
): typeof Office {
  const settings = new Map<string, unknown>();
  const context = {
    displayLanguage: DISPLAY_LANGUAGE,
    officeTheme: new URLSearchParams(location.search).get("theme") === "dark" ? DARK_THEME : LIGHT_THEME,
    document: {
      get url() {
        return workbook()?.name ?? "";
      },
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => void settings.set(name, value),
        remove: (name: string) => void settings.delete(name),
        // Kept in memory: a workbook opened in the preview is never saved.
        saveAsync(...args: unknown[]) {
          const callback = args.find((arg): arg is (result: unknown) => void => typeof arg === "function");
          const result = { status: office.AsyncResultStatus.Succeeded, value: undefined, error: null, asyncContext: undefined };
          setTimeout(() => callback?.(result));
        },
        // The document's settings are the ones in memory: reading them back finds what was saved.
        refreshAsync(callback?: (result: unknown) => void) {
          const result = { status: office.AsyncResultStatus.Succeeded, value: undefined, error: null, asyncContext: undefined };
          setTimeout(() => callback?.(result));
        },
      },
    },
    requirements: {
      isSetSupported: (name: string, version?: string) => workbook()?.fake.isSetSupported(name, version) ?? false,
    },
  };
  const fake = Object.create(office, {
    context: { value: context, enumerable: true },
    actions: { value: { associate: (id: string, action: RibbonAction) => void actions.set(id, action) }, enumerable: true },
    addin: { value: { showAsTaskpane: () => Promise.resolve() }, enumerable: true },
  });
  return fake as typeof Office;
}

/**
 * Outside Office, Office.js falls back to its Office 2013 loader (o15apptofilemappingtable.js), whose logger
 * frames telemetryservice.firstpartyapps.oaspapps.com three seconds after loading. No Excel host loads that
 * file, and the pane's Content-Security-Policy would refuse the frame; the logger's frame is switched off.
 */
function stopOfficeJsTelemetryFrame(): void {
  const osf = (window as { OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint) endpoint.loadProxyFrame = () => undefined;
}
