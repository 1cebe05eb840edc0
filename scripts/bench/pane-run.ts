/**
 * `npm run bench -- pane`: the task pane in Debian's Chromium through the preview's server and the e2e harness
 * (tests/e2e/support), the production build with the fake Excel host, on the sample and on the benchmark's
 * registers. Per size, in a fresh page: the workbook opened by the fake host first (its loading is the host's,
 * not the pane's), then Validate, the DOM and the JS heap with the result on screen, a severity badge pressed
 * and pressed again, one lot's quantity edited (the live re-check), and Generate summary. Then the same workbook
 * in Node, piece by piece (pieces-run.ts), named and with the register found by its header words.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { ensureBuilt } from "../preview/build";
import { startPreviewServer } from "../preview/server";
import { koreanContext, launchChromium, watchedPage } from "../../tests/e2e/support/browser";
import { longest, type NodePieces, type PaneAction, type PaneResults, type PaneSize } from "./pane-figures";
import type { PiecesResult } from "./pieces-run";
import { actionScript, BIGGEST_BADGE, DOM_NODES, HOST_TIMER, RECORDER, type Recorded, type Trigger } from "./pane-recorder";
import { ROOT, runJson } from "./measure";
import { writeBenchWorkbook } from "./workbook";

/** The pane's width in Excel's default task pane, and a laptop's height. */
const VIEWPORT = { width: 350, height: 900 } as const;
/** Generous: the largest register's Validate in the fake host takes minutes on a busy machine. */
const ACTION_TIMEOUT_MS = 15 * 60_000;
const EDIT_TIMEOUT_MS = 60_000;
/** The first lot's quantity (장비!D4, in the sample as in the registers) set to 0: a new bad-quantity finding. */
const EDIT = { kind: "edit", sheet: "장비", address: "D4", value: 0 } as const;

const say = (text: string) => process.stderr.write(`${text}\n`);

export async function paneBench(sizes: readonly ("sample" | number)[]): Promise<PaneResults> {
  const loadStart = loadavg()[0];
  say("building the pane and the preview, where stale");
  await ensureBuilt(say);
  const folder = join(ROOT, "out/bench");
  mkdirSync(folder, { recursive: true });
  const server = await startPreviewServer({ localOfficeJs: false });
  const browser = await launchChromium();
  try {
    const measured: PaneSize[] = [];
    for (const size of sizes) {
      say(size === "sample" ? "the sample" : `${size.toLocaleString("en-US")} lots`);
      const fixture = size === "sample" ? undefined : await registerFile(folder, size);
      const context = await koreanContext(browser, VIEWPORT.width, VIEWPORT.height);
      let inPage: Omit<PaneSize, "pieces">;
      try {
        inPage = await measureSize(context, server.origin, String(size), fixture);
      } finally {
        await context.close();
      }
      say("  the same in Node, piece by piece");
      measured.push({ ...inPage, pieces: nodePieces(fixture ? join(folder, `inventory-${size}.xlsx`) : SAMPLE_FILE, fixture !== undefined) });
    }
    const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
    return {
      date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      machine: `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, ${await browser.version()}`,
      load: [loadStart, loadavg()[0]],
      sizes: measured,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const SAMPLE_FILE = join(ROOT, "assets/samples/budget-check-sample.xlsx");

/** The longest pieces of Validate and Generate in Node (pieces-run.ts); with `register`, Validate again unnamed. */
function nodePieces(file: string, register: boolean): NodePieces {
  const script = join(__dirname, "pieces-run.ts");
  const named = runJson<PiecesResult>(script, [file], ["--expose-gc"]);
  const found = register ? runJson<PiecesResult>(script, [file, "--unnamed"], ["--expose-gc"]) : null;
  return { validate: named.validate[0], generate: named.generate[0], validateFound: found && found.validate[0] };
}

async function registerFile(folder: string, lots: number): Promise<{ path: string; bytes: Buffer }> {
  const file = join(folder, `inventory-${lots}.xlsx`);
  await writeBenchWorkbook(file, lots);
  return { path: `/fixtures/inventory-${lots}.xlsx`, bytes: readFileSync(file) };
}

async function measureSize(context: BrowserContext, origin: string, size: string, fixture?: { path: string; bytes: Buffer }): Promise<Omit<PaneSize, "pieces">> {
  await context.addInitScript(RECORDER);
  const { page, errors } = await watchedPage(context, origin, fixture ? { [fixture.path]: fixture.bytes } : {});
  await page.goto(`${origin}/taskpane.html${fixture ? `?workbook=${fixture.path}` : ""}`);
  await page.getByRole("button", { name: "검증", exact: true }).waitFor({ timeout: ACTION_TIMEOUT_MS });
  say("  the fake host opens the workbook");
  await page.evaluate(HOST_TIMER);

  say("  Validate");
  const validated = await act(page, { kind: "validate", label: "검증" });
  const domNodes = (await page.evaluate(DOM_NODES)) as number;
  const heapMb = await heapUsedMb(page);

  say("  a filter toggle");
  const badge = (await page.evaluate(BIGGEST_BADGE)) as string;
  const pressed = await act(page, { kind: "filter", label: badge });
  const released = await act(page, { kind: "filter", label: badge });

  say("  an edit's live re-check");
  const recheck = await act(page, EDIT, EDIT_TIMEOUT_MS).catch((error: unknown) => {
    say(`  no re-check seen: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return null;
  });

  say("  Generate summary");
  const generated = await act(page, { kind: "generate", label: "요약 시트 만들기" });
  if (errors.length > 0) say(`  the page logged errors: ${errors.slice(0, 3).join(" | ")}`);
  return {
    size,
    findings: findingsIn(validated.counts),
    validate: action(validated),
    domNodes,
    heapMb,
    filterMs: [pressed.ms, released.ms],
    recheck: recheck && action(recheck),
    generate: action(generated),
  };
}

function act(page: Page, trigger: Trigger, timeoutMs = ACTION_TIMEOUT_MS): Promise<Recorded> {
  page.setDefaultTimeout(timeoutMs + 60_000);
  return page.evaluate(actionScript(trigger, timeoutMs)) as Promise<Recorded>;
}

function action(recorded: Recorded): PaneAction {
  return {
    ms: recorded.ms,
    hostMs: recorded.host.reduce((sum, [, duration]) => sum + duration, 0),
    longestTask: longest(recorded.tasks, recorded.host),
    longestGap: longest(recorded.gaps, recorded.host),
    progress: recorded.progress,
  };
}

/** `검증 결과: 오류 1건, 경고 2,345건, 정보 13건` → 2,359. */
function findingsIn(counts: string): number {
  return [...counts.matchAll(/([\d,]+)건/g)].reduce((sum, [, n]) => sum + Number(n.replace(/,/g, "")), 0);
}

/** The JS heap in use after a full garbage collection, as DevTools reports it. */
async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 2 ** 20;
}
