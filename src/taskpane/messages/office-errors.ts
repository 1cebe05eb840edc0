/**
 * What a user reads when Excel refuses a request: a formal sentence in Korean or English chosen by the reason
 * behind the `OfficeExtension.Error`, naming the name, sheet or cell involved, with the code kept for support.
 * Never the raw exception text alone.
 */
import type { Lang } from "../../core/finding";
import { renderMessage, type Catalogue, type LocalizedText } from "../../core/messages";
import { officeFailure, type OfficeErrorReason } from "../../workbook/office";

/** `{at}` becomes what the error is about, in parentheses, or nothing when the caller does not know. */
export const OFFICE_ERROR_MESSAGES = {
  ItemNotFound: {
    ko: "요청한 시트, 이름 또는 셀을 통합 문서에서 찾을 수 없습니다{at}. 삭제되거나 이름이 바뀌지 않았는지 확인하십시오.",
    en: "Excel could not find the sheet, name or cell asked for{at}. Check that it was not deleted or renamed.",
  },
  InvalidArgument: {
    ko: "Excel이 요청을 받아들이지 않았습니다{at}. 주소나 값이 올바른지 확인하십시오.",
    en: "Excel did not accept the request{at}. Check that the address or value is valid.",
  },
  InvalidReference: {
    ko: "참조가 올바르지 않습니다{at}. [수식] > [이름 관리자]에서 참조를 확인하십시오.",
    en: "The reference is not valid{at}. Check it in Formulas > Name Manager.",
  },
  AccessDenied: {
    ko: "통합 문서나 시트가 보호되어 있거나 읽기 전용이어서 변경할 수 없습니다{at}. 보호를 해제한 뒤 다시 시도하십시오.",
    en: "The workbook or sheet is protected or read-only, so it cannot be changed{at}. Remove the protection and try again.",
  },
  InvalidOperationInCellEditMode: {
    ko: "셀을 편집하는 중에는 실행할 수 없습니다. Enter 또는 Esc 키로 편집을 마친 뒤 다시 시도하십시오.",
    en: "This cannot run while a cell is being edited. Press Enter or Esc to finish editing, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    ko: "Excel에 한 번에 보낼 수 있는 양(웹용 Excel 5MB)을 넘었습니다{at}. 목록을 줄이거나 데스크톱용 Excel에서 다시 시도하십시오.",
    en: "The request is larger than Excel accepts at once (5 MB in Excel on the web){at}. Shorten the lists or try in Excel for the desktop.",
  },
  ResponsePayloadSizeLimitExceeded: {
    ko: "읽을 범위가 한 번에 읽을 수 있는 양(웹용 Excel 5MB)보다 큽니다{at}. 이름이 표만 가리키도록 범위를 줄이십시오.",
    en: "The range is larger than Excel returns at once (5 MB in Excel on the web){at}. Shrink the name to cover the table only.",
  },
  ItemAlreadyExists: {
    ko: "같은 이름이 이미 있습니다{at}. 다른 이름을 사용하십시오.",
    en: "That name is already taken{at}. Use another name.",
  },
  InvalidOperation: {
    ko: "Excel에서 이 작업을 수행할 수 없습니다{at}.",
    en: "Excel cannot perform this operation{at}.",
  },
  ApiNotFound: {
    ko: "이 Excel 버전은 이 추가 기능에 필요한 기능을 지원하지 않습니다. Excel을 최신 버전으로 업데이트하십시오.",
    en: "This version of Excel does not support a feature this add-in needs. Update Excel to a newer version.",
  },
  Conflict: {
    ko: "다른 사용자가 통합 문서를 동시에 편집하여 작업이 충돌했습니다. 잠시 후 다시 시도하십시오.",
    en: "Someone else edited the workbook at the same time and the changes conflicted. Try again in a moment.",
  },
  RequestAborted: {
    ko: "Excel과의 연결이 끊겨 작업이 중단되었습니다. 잠시 후 다시 시도하십시오.",
    en: "The connection to Excel was interrupted. Try again in a moment.",
  },
  ActivityLimitReached: {
    ko: "짧은 시간에 요청이 너무 많았습니다. 잠시 후 다시 시도하십시오.",
    en: "Too many requests in a short time. Try again in a moment.",
  },
  GeneralException: {
    ko: "Excel에서 작업을 처리하는 중 오류가 발생했습니다{at}. 통합 문서를 저장한 뒤 다시 시도하십시오.",
    en: "Excel ran into an error while doing this{at}. Save the workbook and try again.",
  },
} satisfies Record<OfficeErrorReason, LocalizedText>;

/** The pieces of `{at}` and the code note that ends every sentence. */
export const OFFICE_ERROR_PARTS = {
  name: { ko: "이름 '{name}'", en: "the name '{name}'" },
  sheetCell: { ko: "'{sheet}' 시트의 {cell} 셀", en: "cell {cell} on sheet '{sheet}'" },
  sheet: { ko: "'{sheet}' 시트", en: "sheet '{sheet}'" },
  code: { ko: "(오류 코드: {code})", en: "(error code: {code})" },
} satisfies Catalogue;

interface ErrorContext {
  readonly name?: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export function officeErrorMessage(error: unknown, lang: Lang, context: ErrorContext = errorContext(error)): string {
  const { code, reason } = officeFailure(error);
  const sentence = renderMessage(OFFICE_ERROR_MESSAGES[reason], { at: at(context, lang) }, lang);
  return `${sentence} ${renderMessage(OFFICE_ERROR_PARTS.code, { code }, lang)}`;
}

/** What an error of the adapter's own says it is about (`OversizeRowError`: the name, sheet and row). */
function errorContext(error: unknown): ErrorContext {
  const { rangeName, sheet, cell } = (error ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return { name: text(rangeName), sheet: text(sheet), cell: text(cell) };
}

/** ` (이름 'Budget', '장비' 시트의 F12 셀)`, or "" when nothing is known. */
function at({ name, sheet, cell }: ErrorContext, lang: Lang): string {
  const parts: string[] = [];
  if (name) parts.push(renderMessage(OFFICE_ERROR_PARTS.name, { name }, lang));
  if (sheet && cell) parts.push(renderMessage(OFFICE_ERROR_PARTS.sheetCell, { sheet, cell }, lang));
  else if (sheet) parts.push(renderMessage(OFFICE_ERROR_PARTS.sheet, { sheet }, lang));
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}
