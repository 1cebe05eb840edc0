/** The task pane's JavaScript as the production build ships it: the local scripts dist/taskpane.html loads. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFile {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface Bundle {
  readonly files: BundleFile[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Null when dist/ holds no production build. Office.js itself comes from Microsoft's CDN and is not counted. */
export function measureBundle(dist: string): Bundle | null {
  const page = join(dist, "taskpane.html");
  if (!existsSync(page)) return null;
  const scripts = [...readFileSync(page, "utf8").matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
  const files = scripts.map((name) => {
    const data = readFileSync(join(dist, name));
    return { name, bytes: data.length, gzipBytes: gzipSync(data).length };
  });
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
