/**
 * The preview's web server (and the e2e tests'): plain node:http on 127.0.0.1, serving
 *   /                  the preview page (dist-preview/index.html)
 *   /preview/…         its scripts (dist-preview/)
 *   /samples/…         the sample workbook (assets/samples/)
 *   /lib/1/hosted/…    Office.js from node_modules, with the fake host appended to office.js
 *   /favicon.ico       the add-in's icon
 *   anything else      the production build (dist/), as built
 * With `localOfficeJs`, pages get their Office.js CDN URL rewritten to this server's copy: a browser of its own
 * cannot be intercepted as the e2e tests intercept theirs.
 */
import { readFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { OFFICE_JS_CDN, officeJsFile } from "./office-js";
import { ROOT, within } from "./paths";

export interface PreviewServerOptions {
  /** 0 (default): any free port. */
  readonly port?: number;
  readonly localOfficeJs: boolean;
}

export interface PreviewServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

const OFFICE_JS_LOCAL = "/lib/1/hosted/";
const DIST = join(ROOT, "dist");
const DIST_PREVIEW = join(ROOT, "dist-preview");
const SAMPLES = join(ROOT, "assets", "samples");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function startPreviewServer({ port = 0, localOfficeJs }: PreviewServerOptions): Promise<PreviewServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    respond(path, localOfficeJs).then(
      (body) =>
        body === undefined
          ? send(response, 404, "text/plain; charset=utf-8", `not found: ${path}`)
          : send(response, 200, typeOf(path), body),
      (error: unknown) => send(response, 500, "text/plain; charset=utf-8", String(error)),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${bound}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

async function respond(path: string, localOfficeJs: boolean): Promise<Buffer | undefined> {
  if (path === "/") return file(DIST_PREVIEW, "index.html");
  if (path.startsWith("/preview/")) return file(DIST_PREVIEW, path.slice("/preview/".length));
  if (path.startsWith("/samples/")) return file(SAMPLES, path.slice("/samples/".length));
  if (path.startsWith(OFFICE_JS_LOCAL)) return officeJsFile(path.slice(OFFICE_JS_LOCAL.length));
  if (path === "/favicon.ico") return file(DIST, "assets/icon-32.png");
  const body = await file(DIST, path);
  if (body === undefined || !localOfficeJs || extname(path) !== ".html") return body;
  return Buffer.from(body.toString("utf8").split(OFFICE_JS_CDN).join(OFFICE_JS_LOCAL));
}

function typeOf(path: string): string {
  return path === "/favicon.ico" ? TYPES[".png"] : (TYPES[extname(path)] ?? TYPES[".html"]);
}

function file(dir: string, path: string): Promise<Buffer | undefined> {
  const found = within(dir, path);
  return found === undefined ? Promise.resolve(undefined) : readFile(found).catch(() => undefined);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  // Every request is answered from the files as they are now: a rebuild shows on the next reload.
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}
