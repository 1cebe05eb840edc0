// The command line run from its TypeScript sources through tsx: when there is no bundle (bin/budget-check.js),
// and for the benchmark's figures of what the bundle saves.
require("tsx/cjs");
require("../src/cli/run.ts").runCli();
