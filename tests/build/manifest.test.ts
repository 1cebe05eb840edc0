/**
 * The source manifest, checked offline (`npm run validate` asks Microsoft's service, which needs the internet):
 * well-formed, every resource id defined and used, icons present at their declared sizes, the shared runtime
 * wired consistently, and every string in Korean too.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readPng } from "../helpers/png";
import { descendants, parseXml, path, type XmlElement } from "../helpers/xml";

const root = join(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";
const manifest = parseXml(readFileSync(join(root, "manifest.xml"), "utf8"));
const all = descendants(manifest);
const named = (name: string) => all.filter((e) => e.name === name);
const versionOverrides = path(manifest, "VersionOverrides");
const resources = path(versionOverrides, "Resources");

/** Resource id → its element, by kind. */
function resourceMap(section: string): Map<string, XmlElement> {
  return new Map(path(resources, section).children.map((e) => [e.attributes.id, e]));
}
const images = resourceMap("bt:Images");
const urls = resourceMap("bt:Urls");
const shortStrings = resourceMap("bt:ShortStrings");
const longStrings = resourceMap("bt:LongStrings");

function pngSize(url: string): number {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  const file = join(root, url.slice(DEV_URL.length));
  expect(existsSync(file)).toBe(true);
  const png = readPng(readFileSync(file));
  expect(png.width).toBe(png.height);
  return png.width;
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks, asking for ReadWriteDocument and nothing more", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(named("Host").map((h) => h.attributes.Name ?? h.attributes["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    expect(named("Permissions").map((p) => p.text)).toEqual(["ReadWriteDocument"]);
    expect(path(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("carries the package version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(path(manifest, "Version").text).toBe(`${version}.0`);
  });

  it("requires the ExcelApi set the adapter needs and the shared runtime", () => {
    const sets = path(manifest, "Requirements", "Sets");
    expect(sets.attributes.DefaultMinVersion).toBe("1.1");
    const versions = Object.fromEntries(sets.children.map((s) => [s.attributes.Name, s.attributes.MinVersion]));
    expect(Object.keys(versions).sort()).toEqual(["ExcelApi", "SharedRuntime"]);
    expect(versions.ExcelApi).toMatch(/^1\.\d+$/);
    expect(versions.SharedRuntime).toBe("1.1");
  });

  it("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const kindOf: Record<string, Map<string, XmlElement>> = {
      "bt:Image": images,
      Runtime: urls,
      FunctionFile: urls,
      SourceLocation: urls,
      LearnMoreUrl: urls,
      Label: shortStrings,
      Title: shortStrings,
      Description: longStrings,
    };
    const references = all.filter((e) => "resid" in e.attributes);
    const unresolved = references
      .filter((e) => !kindOf[e.name]?.has(e.attributes.resid))
      .map((e) => `<${e.name} resid="${e.attributes.resid}"> (line ${e.line})`);
    expect(unresolved).toEqual([]);
    const used = new Set(references.map((e) => e.attributes.resid));
    const defined = [images, urls, shortStrings, longStrings].flatMap((map) => [...map.keys()]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((id) => id.length > 32)).toEqual([]);
  });

  it("points every icon at a PNG in assets/ of the declared size", () => {
    expect(pngSize(path(manifest, "IconUrl").attributes.DefaultValue)).toBe(32);
    expect(pngSize(path(manifest, "HighResolutionIconUrl").attributes.DefaultValue)).toBe(64);
    const declared = named("bt:Image").filter((e) => "resid" in e.attributes);
    expect(declared.length).toBeGreaterThan(0);
    for (const image of declared) {
      const url = images.get(image.attributes.resid)!.attributes.DefaultValue;
      expect([image.attributes.resid, pngSize(url)]).toEqual([image.attributes.resid, Number(image.attributes.size)]);
    }
  });

  it("gives every control icons at 16, 32 and 80 px", () => {
    for (const holder of [...named("Group"), ...named("Control")]) {
      const sizes = path(holder, "Icon").children.map((image) => image.attributes.size);
      expect([holder.attributes.id, sizes]).toEqual([holder.attributes.id, ["16", "32", "80"]]);
    }
  });

  it("puts Validate, Generate summary and Open pane in one group on the Home tab", () => {
    const tab = path(versionOverrides, "Hosts", "Host", "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    const actions = path(tab, "Group")
      .children.filter((c) => c.name === "Control")
      .map((control) => {
        const action = path(control, "Action");
        const target = action.children[0];
        return `${action.attributes["xsi:type"]}:${target.text || target.attributes.resid}`;
      });
    expect(actions).toEqual(["ExecuteFunction:validate", "ExecuteFunction:generateSummary", "ShowTaskpane:Office.AutoShowTaskpaneWithDocument"]);
  });

  it("never opens a second pane: one ShowTaskpane action, on the runtime's page, in Office's own pane container", () => {
    // A shared runtime supports one task pane ("Configure your Office Add-in to use a shared runtime"); the
    // buttons that run functions show that pane through Office.addin.showAsTaskpane(), never a pane of their own.
    const showTaskpane = named("Action").filter((a) => a.attributes["xsi:type"] === "ShowTaskpane");
    expect(showTaskpane.map((a) => [path(a, "TaskpaneId").text, path(a, "SourceLocation").attributes.resid])).toEqual([
      ["Office.AutoShowTaskpaneWithDocument", named("Runtime")[0].attributes.resid],
    ]);
  });

  it("runs pane and buttons in one long-lived shared runtime: the pane page everywhere", () => {
    const runtimes = named("Runtime");
    expect(runtimes.map((r) => [r.attributes.resid, r.attributes.lifetime])).toEqual([["Taskpane.Url", "long"]]);
    const pageRefs = [...named("FunctionFile"), ...named("SourceLocation").filter((e) => "resid" in e.attributes)];
    expect(pageRefs.map((e) => e.attributes.resid)).toEqual(["Taskpane.Url", "Taskpane.Url"]);
    expect(urls.get("Taskpane.Url")!.attributes.DefaultValue).toBe(
      path(manifest, "DefaultSettings", "SourceLocation").attributes.DefaultValue,
    );
  });

  it("registers every ribbon function in the add-in's code", () => {
    const functionNames = named("FunctionName").map((f) => f.text);
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [readFileSync(join(dir, entry.name), "utf8")] : [],
      );
    const code = sources(join(root, "src", "commands")).join("\n");
    expect(functionNames.filter((name) => !code.includes(`associate("${name}"`))).toEqual([]);
  });

  it("uses only https URLs of the development server, for the build to rewrite", () => {
    const values = all.flatMap((e) => Object.entries(e.attributes).filter(([key]) => key === "DefaultValue").map(([, value]) => value));
    const links = values.filter((v) => /^\w+:\/\//.test(v));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });

  it("is English by default with a complete Korean override", () => {
    expect(path(manifest, "DefaultLocale").text).toBe("en-US");
    const localized = [
      path(manifest, "DisplayName"),
      path(manifest, "Description"),
      ...shortStrings.values(),
      ...longStrings.values(),
    ];
    const missing = localized.filter((e) => {
      const overrides = e.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
      return overrides.length !== 1 || overrides[0].attributes.Locale !== "ko-KR" || !/[가-힣]/.test(overrides[0].attributes.Value ?? "");
    });
    expect(missing.map((e) => e.attributes.id ?? e.name)).toEqual([]);
  });

  it("keeps strings within the manifest's length limits", () => {
    const limit = (elements: Iterable<XmlElement>, max: number) =>
      [...elements].flatMap((e) => [e, ...e.children]).filter((e) => (e.attributes.DefaultValue ?? e.attributes.Value ?? "").length > max);
    expect(limit([path(manifest, "DisplayName"), ...shortStrings.values()], 125).map((e) => e.line)).toEqual([]);
    expect(limit([path(manifest, "Description"), ...longStrings.values()], 250).map((e) => e.line)).toEqual([]);
  });
});
