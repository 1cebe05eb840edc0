#!/usr/bin/env node
// @ts-check
// Runs the command line from its bundle in dist-cli/ (made by `npm ci`, rebuilt here when the sources changed
// since), or, when there is no bundle, from the TypeScript sources through tsx, so that `npx budget-check` works
// right after `npm ci` either way.
const { bundleToRun } = require("./cli-bundle");

let bundle;
try {
  bundle = bundleToRun();
} catch (error) {
  process.stderr.write(`budget-check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
if (bundle === undefined) require("./run-from-source");
else require(bundle).runCli();
