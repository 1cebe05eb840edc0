// `npm run lint` (office-addin-lint check, which picks up this file) over src/. The Office add-in rules are the
// point: they catch context.sync() inside loops and properties read before they were loaded and synced, our two
// ways to be slow or wrong in Excel. Types and unused code are tsc's job (npm test); formatting is not linted.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

export default [
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      // An error, not the plugin's warning: a sync per row breaks "round trips do not grow with rows". A loop that
      // must sync (one sync per block of a very large range) says so in an eslint-disable comment with its reason.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      // The pages' Content-Security-Policy forbids eval in every form.
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
];
