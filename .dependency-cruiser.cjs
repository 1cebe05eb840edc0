/**
 * The house's rules (DESIGN.md, docs/architecture.md): the core imports nothing outside itself, the use cases
 * only the core and the port, adapters no use case or shell, shells no other shell, and nothing in production
 * reaches the test host or the preview. No import cycles anywhere.
 */
const SHELLS = ["taskpane", "commands", "cli", "preview"];
const shell = (name) => `^src/${name}/`;

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "An import cycle, type-only imports included: modules that cannot be understood, tested or loaded one " +
        "without the other. The fake host's proxies are exempt among themselves: they mirror Office.js's object " +
        "graph, which is cyclic by nature (range.worksheet, worksheet.getRange(), context.workbook).",
      from: { pathNot: "^src/fake-excel/" },
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "src/core is pure TypeScript: no Office.js, Node, React, ExcelJS, nor any other layer.",
      from: { path: "^src/core/" },
      to: { pathNot: ["^src/core/"] },
    },
    {
      name: "app-sees-core-and-port",
      severity: "error",
      comment: "The use cases are written against the port; the shells hand them an adapter.",
      from: { path: "^src/app/" },
      to: { pathNot: ["^src/app/", "^src/core/", "^src/workbook/port\\.ts$", "^package\\.json$"] },
    },
    {
      name: "shared-text-is-text",
      severity: "error",
      comment: "src/text holds sentences more than one shell says; it knows the core's types and the port's, nothing else.",
      from: { path: "^src/text/" },
      to: { pathNot: ["^src/text/", "^src/core/", "^src/workbook/port\\.ts$"] },
    },
    {
      name: "adapters-import-no-shell",
      severity: "error",
      comment: "Adapters translate between a host and the core; they call no use case, know no shell and write no user text.",
      from: { path: "^src/workbook/" },
      to: { path: ["^src/app/", "^src/text/", "^src/(taskpane|commands|cli|preview|fake-excel)/"] },
    },
    ...SHELLS.map((name) => ({
      name: `${name}-imports-no-other-shell`,
      severity: "error",
      comment:
        "A shell parses input, calls a use case and shows the result; it never borrows another shell's code. One " +
        "exception, one way: the ribbon's buttons act on the pane's store (shared runtime), so their result shows in the pane.",
      from: { path: shell(name) },
      to: {
        path: `^src/(${SHELLS.filter((other) => other !== name).join("|")})/`,
        pathNot: name === "commands" ? ["^src/taskpane/state/shared\\.ts$"] : [],
      },
    })),
    {
      name: "test-host-stays-out-of-production",
      severity: "error",
      comment: "The in-memory Excel host and the preview serve tests, scripts and the preview only.",
      from: { path: "^src/", pathNot: ["^src/(fake-excel|preview)/"] },
      to: { path: "^src/(fake-excel|preview)/" },
    },
    {
      name: "fake-host-is-not-the-preview",
      severity: "error",
      comment: "The preview drives the fake host; the fake host knows nothing of the preview.",
      from: { path: "^src/fake-excel/" },
      to: { path: "^src/preview/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
  },
};
