import type { NoNames } from "../app/check-workbook";
import type { Lang } from "../core/finding";
import { openXlsxWorkbookFile, type XlsxWorkbook } from "../workbook/xlsx";
import { EXIT_UNREADABLE } from "./exit-codes";
import type { CliIo } from "./io";
import { sayFailure, sayNoNames } from "./messages";

/**
 * Runs a use case on one workbook file and shows its result. What every command on one file says alike is said
 * here, with exit code 2: a file that cannot be read or written, and a workbook with none of our names. `failed`
 * hears the same sentence, for a caller that must answer on stdout too (`validate --json`).
 */
export async function onWorkbookFile<R extends { readonly kind: string }>(
  file: string,
  lang: Lang,
  io: CliIo,
  useCase: (workbook: XlsxWorkbook) => Promise<R | NoNames>,
  show: (result: R, workbook: XlsxWorkbook) => number | Promise<number>,
  failed: (message: string) => void = () => undefined,
): Promise<number> {
  const fail = (message: string) => {
    io.stderr(message);
    failed(message);
    return EXIT_UNREADABLE;
  };
  try {
    const workbook = await openXlsxWorkbookFile(file);
    const result = await useCase(workbook);
    if (isNoNames(result)) return fail(sayNoNames(file, result, lang));
    return await show(result, workbook);
  } catch (error) {
    return fail(sayFailure(error, file, lang));
  }
}

function isNoNames(result: { readonly kind: string }): result is NoNames {
  return result.kind === "no-names";
}
