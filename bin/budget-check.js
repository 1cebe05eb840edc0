#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx budget-check` works right after `npm ci`, with no build step.
require("tsx/cjs");
const { runCli } = require("../src/cli/run.ts");
runCli();
