/** ESLint's exit codes: 0 clean, 1 errors found, 2 could not check. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;
