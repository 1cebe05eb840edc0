import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startPreviewServer, type PreviewServer } from "../../scripts/preview/server";

const ROOT = join(__dirname, "..", "..");

describe("the preview's web server", () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreviewServer({ localOfficeJs: true });
  });
  afterAll(() => server.close());

  const get = (path: string) => fetch(`${server.origin}${path}`);

  it("listens on 127.0.0.1 only", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves the sample workbook and Office.js's own files from the npm package", async () => {
    const sample = await get("/samples/budget-check-sample.xlsx");
    expect(
      Buffer.from(await sample.arrayBuffer()).equals(readFileSync(join(ROOT, "assets/samples/budget-check-sample.xlsx"))),
    ).toBe(true);
    const strings = await get("/lib/1/hosted/ko-kr/office_strings.js");
    expect([strings.status, strings.headers.get("content-type")]).toEqual([200, "text/javascript; charset=utf-8"]);
  });

  it("answers 404 for what it does not have, and for paths that would leave its folders", async () => {
    for (const path of [
      "/nothing.html",
      "/samples/../package.json",
      "/samples/%2e%2e/package.json",
      "/lib/1/hosted/../../../package.json",
    ]) {
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    }
  });
});
