/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and pages that record everything
 * the e2e tests assert about: every request, Content-Security-Policy violations, console errors, and the
 * moment the pane's Validate button first shows.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { OFFICE_JS_CDN, officeJsFile } from "../../../scripts/preview/office-js";

export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Playwright gives every launch a fresh temporary profile (user-data-dir) and deletes it on close. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A context as a Korean user's Excel pane would be: Korean locale, Seoul time. */
export function koreanContext(browser: Browser, width: number, height: number): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height }, locale: "ko-KR", timezoneId: "Asia/Seoul" });
}

export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
}

export interface WatchedPage {
  readonly page: Page;
  /** Every URL the page and its frames asked for. */
  readonly requests: string[];
  readonly violations: Violation[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Office.js files asked of the CDN that the npm package does not have. */
  readonly missingOfficeJs: string[];
}

/**
 * A page that can reach only `origin` and Office.js's CDN, the latter answered from node_modules (with the fake
 * host appended to office.js); `fixtures` answers paths of `origin` with workbook bytes. Anything else is
 * recorded and refused, so a test run never touches the network. With `intercept` false the page's requests go
 * to the browser's network stack untouched (still recorded): for timing the pane on a server that serves
 * Office.js itself, without the harness's round trip through Playwright on every request.
 */
export async function watchedPage(
  context: BrowserContext,
  origin: string,
  fixtures: Readonly<Record<string, Buffer>> = {},
  { intercept = true }: { intercept?: boolean } = {},
): Promise<WatchedPage> {
  const page = await context.newPage();
  const watched: WatchedPage = { page, requests: [], violations: [], errors: [], missingOfficeJs: [] };
  page.on("request", (request) => watched.requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") watched.errors.push(message.text());
  });
  page.on("pageerror", (error) => watched.errors.push(String(error)));
  await page.exposeFunction("budgetCheckViolation", (violation: Violation) => watched.violations.push(violation));
  await page.addInitScript(recorders);
  if (!intercept) return watched;
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN)) {
      const path = new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length);
      const body = await officeJsFile(path);
      if (body === undefined) watched.missingOfficeJs.push(path);
      return route.fulfill(body === undefined ? { status: 404 } : { body, contentType: "text/javascript; charset=utf-8" });
    }
    if (!url.startsWith(`${origin}/`)) return route.abort("blockedbyclient");
    const fixture = fixtures[new URL(url).pathname];
    return fixture ? route.fulfill({ body: fixture, contentType: XLSX }) : route.continue();
  });
  return watched;
}

/** What the page asked for beyond the local server and Office.js's CDN: nothing, in a passing test. */
export function foreignRequests({ requests }: WatchedPage, origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(OFFICE_JS_CDN));
}

/** Runs in every frame before its own scripts. */
function recorders(): void {
  type Recording = Window & { budgetCheckViolation(v: unknown): void; budgetCheckFirstRender?: number };
  const page = window as unknown as Recording;
  document.addEventListener("securitypolicyviolation", (event) =>
    page.budgetCheckViolation({ directive: event.violatedDirective, blocked: event.blockedURI, source: event.sourceFile }),
  );
  // The pane's first render: the frame in which its Validate button is laid out, from navigation start.
  new MutationObserver((_, observer) => {
    const validate = Array.from(document.querySelectorAll("button")).find(
      (button) => button.textContent === "검증" && button.getBoundingClientRect().width > 0,
    );
    if (validate === undefined) return;
    observer.disconnect();
    requestAnimationFrame(() => (page.budgetCheckFirstRender = performance.now()));
  }).observe(document, { childList: true, subtree: true });
}

/** Resolves once `condition` holds (polled), for what the page reports asynchronously; fails after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 5_000): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - start > timeout) throw new Error(`still not so after ${timeout} ms: ${condition.toString()}`);
  }
}
