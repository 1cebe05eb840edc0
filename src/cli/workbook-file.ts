import type { NoNames } from "../app/check-workbook";
import type { Lang } from "../core/finding";
import { openXlsxWorkbookFile, type XlsxWorkbook } from "../workbook/xlsx";
import { EXIT_UNREADABLE } from "./exit-codes";
import type { CliIo } from "./io";
import { sayFailure, sayNoNames } from "./messages";

/**
 * Runs a use case on one workbook file and shows its result. What every command on one file says alike is said
 * here, with exit code 2: a file that cannot be read or written, and a workbook with none of our names.
 */
export async function onWorkbookFile<R extends { readonly kind: string }>(
  file: string,
  lang: Lang,
  io: CliIo,
  useCase: (workbook: XlsxWorkbook) => Promise<R | NoNames>,
  show: (result: R, workbook: XlsxWorkbook) => number | Promise<number>,
): Promise<number> {
  try {
    const workbook = await openXlsxWorkbookFile(file);
    const result = await useCase(workbook);
    if (isNoNames(result)) {
      io.stderr(sayNoNames(file, result, lang));
      return EXIT_UNREADABLE;
    }
    return await show(result, workbook);
  } catch (error) {
    io.stderr(sayFailure(error, file, lang));
    return EXIT_UNREADABLE;
  }
}

function isNoNames(result: { readonly kind: string }): result is NoNames {
  return result.kind === "no-names";
}
