/**
 * Runs the production build once, into a temporary folder, with a non-default ADDIN_PUBLIC_URL, and checks what
 * would be deployed: the pages, the icons, a manifest that names only the public https URL, Office.js from
 * Microsoft's CDN, and JavaScript free of eval.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { descendants, parseXml } from "../helpers/xml";

const root = join(__dirname, "..", "..");
const PUBLIC_URL = "https://budget-check.test.example/addin/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let out: string;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [relative(out, join(dir, entry.name))],
  );
}

const read = (file: string) => readFileSync(join(out, file), "utf8");

/** The src of every <script> in a page (minified HTML leaves attribute values unquoted). */
const scriptSources = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "budget-check-dist-"));
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  try {
    execFileSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
      cwd: root,
      env: { ...process.env, ADDIN_PUBLIC_URL: PUBLIC_URL },
      stdio: "pipe",
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the production build failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}, 240_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("npm run build", () => {
  it("emits the pages, the manifest and every icon, unchanged", () => {
    const emitted = new Set(files(out));
    for (const file of ["taskpane.html", "commands.html", "support.html", "manifest.xml"]) expect(emitted).toContain(file);
    const icons = readdirSync(join(root, "assets")).filter((name) => name.endsWith(".png"));
    expect(icons.length).toBeGreaterThan(10);
    const changed = icons.filter((icon) => !readFileSync(join(out, "assets", icon)).equals(readFileSync(join(root, "assets", icon))));
    expect(changed).toEqual([]);
  });

  it("writes a manifest whose every URL is https under ADDIN_PUBLIC_URL and names an emitted file", () => {
    const text = read("manifest.xml");
    expect(text).not.toMatch(/localhost/i);
    const values = descendants(parseXml(text)).flatMap((e) => (e.attributes.DefaultValue ? [e.attributes.DefaultValue] : []));
    const urls = values.filter((value) => /^\w+:/.test(value));
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith(PUBLIC_URL))).toEqual([]);
    const missing = urls.map((url) => url.slice(PUBLIC_URL.length)).filter((file) => !existsSync(join(out, file)));
    expect(missing).toEqual([]);
  });

  it("loads Office.js from Microsoft's CDN and only emitted scripts besides", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const scripts = scriptSources(read(page));
      expect(scripts[0]).toBe(OFFICE_JS_CDN);
      const local = scripts.slice(1);
      expect(local.length).toBeGreaterThan(0);
      expect(local.filter((src) => /^\w+:|^\/\//.test(src) || !existsSync(join(out, src)))).toEqual([]);
    }
  });

  it("ships no eval and no new Function in its JavaScript", () => {
    const scripts = files(out).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    const offending = scripts.filter((file) => /\beval\(|\bnew Function\(/.test(read(file)));
    expect(offending).toEqual([]);
  });

  it("ships no development server client and no source map inlined in the code", () => {
    const scripts = files(out).filter((file) => file.endsWith(".js"));
    expect(scripts.filter((file) => /webpack-dev-server|sourceMappingURL=data:/.test(read(file)))).toEqual([]);
  });
});
