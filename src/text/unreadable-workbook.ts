import type { LocalizedText } from "../core/messages";
import type { UnreadableReason } from "../workbook/port";

/**
 * Why a file could not be read, one sentence per `UnreadableWorkbookError` reason. Shared by the command line
 * and the preview, which open files; neither shell owns the other's text, so it lives here.
 */
export const UNREADABLE_WORKBOOK_MESSAGES = {
  "not-found": { ko: "{file}: 파일이 없습니다.", en: "{file}: no such file." },
  "not-a-file": {
    ko: "{file}: 일반 파일이 아니라(폴더, 장치, 파이프 등) 읽지 않았습니다. 통합 문서 파일을 지정하십시오.",
    en: "{file}: not a regular file (a folder, a device, a pipe…), so it was not read. Name a workbook file.",
  },
  "not-a-zip": {
    ko: "{file}: .xlsx 파일이 아닙니다 (zip 형식이 아님). Excel에서 .xlsx로 저장한 파일을 지정하십시오.",
    en: "{file}: not an .xlsx file (not a zip). Save it from Excel as .xlsx.",
  },
  "no-workbook": { ko: "{file}: zip 파일이지만 통합 문서(xl/workbook.xml)가 없습니다.", en: "{file}: a zip file, but no workbook (xl/workbook.xml) inside." },
  opendocument: {
    ko: "{file}: OpenDocument 스프레드시트(.ods)입니다. Excel이나 LibreOffice에서 .xlsx로 저장한 뒤 다시 검사하십시오.",
    en: "{file}: an OpenDocument spreadsheet (.ods). Save it as .xlsx in Excel or LibreOffice and check again.",
  },
  xlsb: {
    ko: "{file}: Excel 바이너리 통합 문서(.xlsb)입니다. Excel에서 .xlsx로 저장한 뒤 다시 검사하십시오.",
    en: "{file}: an Excel binary workbook (.xlsb). Save it as .xlsx in Excel and check again.",
  },
  encrypted: {
    ko: "{file}: 암호로 보호된 파일입니다. 암호가 걸린 통합 문서는 읽을 수 없으니 Excel에서 암호를 해제하고 .xlsx로 다시 저장하십시오.",
    en: "{file}: a password-protected workbook, which cannot be read. Remove the password in Excel and save it again as .xlsx.",
  },
  "legacy-xls": {
    ko: "{file}: Excel 97-2003 통합 문서(.xls 형식)입니다. Excel에서 .xlsx로 저장한 뒤 다시 검사하십시오.",
    en: "{file}: an Excel 97-2003 workbook (.xls). Save it as .xlsx in Excel and check again.",
  },
  "too-large": {
    ko: "{file}: 압축을 풀면 지나치게 커지는 파일이라 읽지 않았습니다 ({detail}).",
    en: "{file}: the file would inflate to an unreasonable size, so it was not read ({detail}).",
  },
  "too-many-cells": {
    ko: "{file}: {detail} 범위는 셀이 너무 많아 읽지 않았습니다. 이름을 값이 있는 셀로 좁히거나 표에서 멀리 떨어진 셀의 값을 지운 뒤 다시 검사하십시오.",
    en: "{file}: the range {detail} holds too many cells to read. Narrow the name to the cells that hold values, or clear stray values far from the table, and check again.",
  },
  corrupt: { ko: "{file}: 파일이 손상되어 읽을 수 없습니다 ({detail}).", en: "{file}: the file is damaged and cannot be read ({detail})." },
} satisfies Record<UnreadableReason, LocalizedText>;
