import type { Lang } from "../core/finding";
import { cutQuote, renderMessage, type Catalogue } from "../core/messages";
import type { NoNames } from "../app/check-workbook";
import { kindOf } from "../core/kinds";
import { namesLookedFor } from "../core/names/classify";
import { AS_OF_TODAY_MESSAGES } from "../text/as-of-source";
import { UNREADABLE_WORKBOOK_MESSAGES } from "../text/unreadable-workbook";
import { UnreadableWorkbookError } from "../workbook/port";
import { BrokenPackageError, WorkbookWriteError } from "../workbook/xlsx";
import { ConfigFileError } from "./rule-config-file";

/** Everything the command line says beyond the findings, in both languages, for every command. */
export const CLI_MESSAGES = {
  usage: {
    ko: [
      "사용법:",
      "  budget-check validate FILE.xlsx [--as-of YYYY-MM-DD] [--due-within MONTHS] [--lang ko|en] [--json]",
      "  budget-check report   FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--due-within MONTHS] [--lang ko|en]",
      '    [--department 부서명] [--approvals "담당,팀장,과장" | --no-approvals]   요약의 부서명(통합 문서에 없을 때, 종합 요약은 전체 부서 대신)과 결재란',
      "  FILE.xlsx 대신 폴더나 여러 파일을 주면 모든 .xlsx를 한꺼번에 검사하고, report는 종합 요약 한 개를 씁니다",
      "  (--file-timeout 초: 파일 하나에 주는 시간, 기본 60초)",
      "  budget-check stamp    FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--due-within MONTHS] [--lang ko|en]",
      "  budget-check verify   FILE.xlsx [--lang ko|en] [--json]",
      '  budget-check accept   FILE.xlsx --rule 규칙 --cell 시트!A1 --reason "사유" [--by 이름] -o OUT.xlsx',
      "  budget-check name     FILE.xlsx -o OUT.xlsx [--lang ko|en] [--json]   이름 없이 찾은 표마다 이름을 정의한 사본을 씁니다",
      "",
      "  이름이 없는 종류의 표는 머리글 낱말로 찾아 검사합니다 (--no-detect: 이름 있는 범위만 검사)",
      "  --rule 규칙=off|info|warning|error (여러 번): 규칙의 심각도를 정합니다 (validate, report, stamp, verify)",
      "  --config FILE: 통합 문서 폴더의 budget-check.json 대신 읽을 설정 파일",
      "verify 종료 코드: 0 검증 이후 데이터 변경 없음, 1 바뀐 범위 있음, 2 도장이 없거나 파일을 읽을 수 없음",
      "종료 코드: 0 오류 없음, 1 오류 있음, 2 파일을 읽을 수 없거나 검증할 이름도 찾은 표도 없음",
    ].join("\n"),
    en: [
      "Usage:",
      "  budget-check validate FILE.xlsx [--as-of YYYY-MM-DD] [--due-within MONTHS] [--lang ko|en] [--json]",
      "  budget-check report   FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--due-within MONTHS] [--lang ko|en]",
      '    [--department NAME] [--approvals "Prepared,Reviewed,Approved" | --no-approvals]   the summary\'s department (when the workbook names none; for a consolidated summary, instead of All departments) and sign-off boxes',
      "  Given a folder or several files instead of FILE.xlsx, every .xlsx is checked at once; report writes one consolidated summary",
      "  (--file-timeout SECONDS: the time one file may take, 60 s by default)",
      "  budget-check stamp    FILE.xlsx -o OUT.xlsx [--as-of YYYY-MM-DD] [--due-within MONTHS] [--lang ko|en]",
      "  budget-check verify   FILE.xlsx [--lang ko|en] [--json]",
      '  budget-check accept   FILE.xlsx --rule RULE --cell SHEET!A1 --reason "text" [--by NAME] -o OUT.xlsx',
      "  budget-check name     FILE.xlsx -o OUT.xlsx [--lang ko|en] [--json]   writes a copy with a name defined over each table found without one",
      "",
      "  Tables of a kind named nowhere are found by their header words and checked (--no-detect: named ranges only)",
      "  --rule RULE=off|info|warning|error (repeatable): sets a rule's severity (validate, report, stamp, verify)",
      "  --config FILE: the config file to read instead of budget-check.json in the workbook's folder",
      "verify exit codes: 0 data unchanged since the stamp, 1 ranges changed, 2 no stamp or the file cannot be read",
      "Exit codes: 0 no errors, 1 errors found, 2 the file cannot be read or holds no name to check and no table was found",
    ].join("\n"),
  },
  unknownCommand: { ko: "알 수 없는 명령입니다: {detail}.", en: "Unknown command: {detail}." },
  missingFile: { ko: "검사할 .xlsx 파일을 지정하십시오.", en: "Name the .xlsx file to check." },
  missingOutput: { ko: "-o OUT.xlsx로 쓸 파일을 지정하십시오.", en: "Name the file to write with -o OUT.xlsx." },
  sameOutput: {
    ko: "-o에 입력 파일과 같은 경로를 줄 수 없습니다 (원본은 절대 덮어쓰지 않습니다): {detail}.",
    en: "-o cannot be the input file (the original is never overwritten): {detail}.",
  },
  badAsOf: { ko: "--as-of 날짜를 읽을 수 없습니다: {detail} (예: 2018-09-30).", en: "Cannot read the --as-of date: {detail} (e.g. 2018-09-30)." },
  badDueWithin: { ko: "--due-within은 0 이상의 개월 수여야 합니다: {detail}.", en: "--due-within takes a whole number of months: {detail}." },
  badApprovals: {
    ko: "--approvals에는 쉼표로 나눈 결재 직위를 1개에서 5개까지 적어야 합니다: {detail}.",
    en: "--approvals takes one to five sign-off roles separated by commas: {detail}.",
  },
  badFileTimeout: {
    ko: "--file-timeout은 0보다 크고 86400(하루) 이하인 초 수여야 합니다: {detail}.",
    en: "--file-timeout takes a number of seconds above 0 and at most 86400 (a day): {detail}.",
  },
  badRuleOption: {
    ko: "--rule은 규칙=off|info|warning|error 형식입니다 (예: --rule budget/over-executed=error): {detail}.",
    en: "--rule takes RULE=off|info|warning|error, e.g. --rule budget/over-executed=error: {detail}.",
  },
  unknownRuleOption: {
    ko: "--rule에 적은 규칙이 없습니다: {detail} (규칙 목록은 README의 규칙 표를 보십시오).",
    en: "--rule names no rule of ours: {detail} (the rules are listed in the README).",
  },
  configUnreadable: { ko: "{file}: 설정 파일을 읽을 수 없습니다 ({detail}).", en: "{file}: cannot read the config file ({detail})." },
  configNotJson: {
    ko: "{file}: 설정 파일이 올바른 JSON이 아닙니다 ({detail}).",
    en: "{file}: the config file is not valid JSON ({detail}).",
  },
  configNotObject: {
    ko: "{file}: 설정 파일의 {key}{은/는} 객체({ … })여야 합니다.",
    en: "{file}: {key} in the config file must be an object ({ … }).",
  },
  configUnknownKey: {
    ko: "{file}: 설정 파일에 알 수 없는 항목이 있습니다: {key} (\"rules\"만 쓸 수 있습니다).",
    en: "{file}: unknown key in the config file: {key} (only \"rules\" is read).",
  },
  configUnknownRule: {
    ko: "{file}: 설정 파일의 {key}에 적은 규칙이 없습니다 (규칙 목록은 README의 규칙 표를 보십시오).",
    en: "{file}: {key} in the config file names no rule of ours (the rules are listed in the README).",
  },
  configBadLevel: {
    ko: "{file}: 설정 파일의 {key} 값 '{level}'{은/는} off, info, warning, error 중 하나여야 합니다.",
    en: "{file}: {key} in the config file is '{level}'; it must be off, info, warning or error.",
  },
  oneRuleToAccept: {
    ko: "accept의 --rule은 예외 처리할 항목의 규칙 하나입니다: {detail}.",
    en: "accept's --rule names the one rule of the finding to accept: {detail}.",
  },
  badLang: { ko: "--lang은 ko 또는 en입니다: {detail}.", en: "--lang is ko or en: {detail}." },
  badOption: { ko: "명령줄을 읽을 수 없습니다: {detail}.", en: "Cannot read the command line: {detail}." },
  ...UNREADABLE_WORKBOOK_MESSAGES,
  strictFormat: {
    ko: "{file}: 'Strict Open XML' 형식이라 요약 시트를 쓸 수 없습니다. Excel에서 일반 'Excel 통합 문서(.xlsx)'로 저장한 뒤 다시 실행하십시오.",
    en: "{file}: a Strict Open XML workbook; save it in Excel as an ordinary Excel Workbook (.xlsx) and run again.",
  },
  structureProtected: {
    ko: "{file}: 통합 문서 구조가 보호되어 있어 시트를 추가할 수 없습니다. [검토] > [통합 문서 보호]를 해제한 뒤 다시 실행하십시오.",
    en: "{file}: the workbook's structure is protected, so no sheet can be added. Unprotect it (Review > Protect Workbook) and run again.",
  },
  brokenOutput: {
    ko: "{file}: 결과 파일을 쓰지 못했습니다: {part} 부분이 올바르지 않습니다 ({detail}). 파일은 만들지 않았습니다. 이 메시지와 원본 파일을 담당자에게 보내 주십시오.",
    en: "{file}: the output could not be written: its part {part} is not valid ({detail}). No file was made. Please send this message and the input file to support.",
  },
  cannotWrite: { ko: "{file}: 파일을 쓸 수 없습니다 ({detail}).", en: "{file}: cannot write the file ({detail})." },
  noNames: {
    ko: "{file}: 검증할 이름 있는 범위가 없습니다. 찾은 이름: {names}.\n다음 이름 중 하나로 표 범위를 정의하십시오 ([수식] > [이름 정의]): {expected}.",
    en: "{file}: no named range to check. Names found: {names}.\nDefine a table's range with one of these names (Formulas > Define Name): {expected}.",
  },
  noTablesFound: {
    ko: "이름 없이 표를 찾을 머리글 낱말도 보이지 않았습니다. 찾아본 낱말은 아래와 같습니다.",
    en: "No table was found by its header words either. These are the words looked for.",
  },
  wordsOfKind: { ko: "  {kind}: {words}", en: "  {kind}: {words}" },
  none: { ko: "(없음)", en: "(none)" },
  moreNames: { ko: "외 {count}개", en: "and {count} more" },
  noWorkbooks: { ko: "검사할 .xlsx 파일이 없습니다: {detail}.", en: "No .xlsx file to check in: {detail}." },
  timedOut: {
    ko: "{file}: 시간 초과: {seconds}초 안에 검사를 마치지 못했습니다. 다른 파일은 계속 검사했습니다 (--file-timeout으로 시간을 늘릴 수 있습니다).",
    en: "{file}: timed out after {seconds} s; the other files were still checked (--file-timeout allows longer).",
  },
  folderTotal: { ko: "합계 ({count}개 파일)", en: "Total ({count} files)" },
  unreadableFiles: { ko: "읽지 못한 파일 {count}개", en: "{count} unreadable" },
  notAllRead: { ko: "읽지 못한 파일이 있습니다.", en: "Some files could not be read." },
  consolidatedWritten: {
    ko: "{file}에 {count}개 파일의 종합 요약을 썼습니다 (오류 {errors} · 경고 {warnings} · 정보 {infos}). 원본 파일은 바꾸지 않았습니다.",
    en: "Wrote the consolidated summary of {count} files to {file} ({errors} errors · {warnings} warnings · {infos} infos). The original files are unchanged.",
  },
  reportWritten: {
    ko: "{file}에 '{sheet}' 시트를 썼습니다 (오류 {errors} · 경고 {warnings} · 정보 {infos}). 원본 파일은 바꾸지 않았습니다.",
    en: "Wrote the '{sheet}' sheet to {file} ({errors} errors · {warnings} warnings · {infos} infos). The original file is unchanged.",
  },
  sheetNameTaken: {
    ko: "통합 문서에 이미 사용자가 만든 '{wanted}' 시트가 있어 '{sheet}'{으로/로} 썼습니다.",
    en: "The workbook already has a sheet of its own named '{wanted}', so the new one is '{sheet}'.",
  },
  asOf: { ko: "기준일", en: "As of" },
  ...AS_OF_TODAY_MESSAGES,
  assumedUnit: {
    ko: "금액 단위가 적혀 있지 않아 천원으로 보았습니다 (가정): {names}.",
    en: "No money unit stated, so amounts are taken as thousand KRW (assumed): {names}.",
  },
  passed: { ko: "검증 통과", en: "Passed" },
  failed: { ko: "오류가 있습니다.", en: "Errors found." },
  error: { ko: "오류", en: "error" },
  warning: { ko: "경고", en: "warning" },
  info: { ko: "정보", en: "info" },
  acceptedHeading: { ko: "예외 처리한 항목 (오류로 세지 않음)", en: "Accepted (not counted as errors)" },
  acceptedReason: { ko: "사유", en: "Reason" },
  accepted: { ko: "예외 처리", en: "accepted" },
  namedRangeWithoutSheet: { ko: "(이름)", en: "(names)" },
  internal: {
    ko: "{file}: 예상하지 못한 문제로 검사를 마치지 못했습니다 ({detail}). 이 메시지와 파일을 담당자에게 보내 주십시오.",
    en: "{file}: the check could not finish because of an unexpected problem ({detail}). Please send this message and the file to support.",
  },
  // stamp, verify and accept
  missingOption: { ko: "{option}{을/를} 지정하십시오.", en: "Give {option}." },
  badCell: { ko: "--cell은 시트!셀 형식입니다 (예: 예산!B4): {detail}.", en: "--cell takes SHEET!CELL, e.g. Budget!B4: {detail}." },
  stampRefused: {
    ko: "오류가 {errors}건 있어 검증 도장을 기록하지 않았습니다. 오류를 고치거나 예외 처리한 뒤 다시 실행하십시오.",
    en: "Not stamped: {errors} errors remain. Fix or accept them and run again.",
  },
  stampWritten: {
    ko: "{file}에 검증 도장을 기록했습니다 ({when}, 범위 {ranges}개, 경고 {warnings} · 정보 {infos} · 예외 처리 {accepted}). 원본 파일은 바꾸지 않았습니다.",
    en: "Stamped {file} ({when}, {ranges} ranges, {warnings} warnings · {infos} infos · {accepted} accepted). The original file is unchanged.",
  },
  noStamp: { ko: "{file}: 검증 도장이 없습니다. 먼저 budget-check stamp로 기록하십시오.", en: "{file}: no validation stamp. Record one first with budget-check stamp." },
  unchanged: {
    ko: "{file}: {when} 검증 이후 데이터가 바뀌지 않았습니다 (기준일 {asOf}, 버전 {version}).",
    en: "{file}: data unchanged since it was validated at {when} (as of {asOf}, version {version}).",
  },
  changed: { ko: "{file}: {when} 검증 이후 데이터가 바뀌었습니다.", en: "{file}: data changed since it was validated at {when}." },
  changedRange: { ko: "  변경됨: {name} ({sheet})", en: "  changed: {name} ({sheet})" },
  addedRange: { ko: "  추가됨: {name} ({sheet})", en: "  added: {name} ({sheet})" },
  removedRange: { ko: "  없어짐: {name} ({sheet})", en: "  removed: {name} ({sheet})" },
  noSuchFinding: {
    ko: "{file}: {cell}에 {rule} 항목이 없습니다. 지금 있는 항목: {found}.",
    en: "{file}: no {rule} finding at {cell}. Findings there now: {found}.",
  },
  namesWritten: {
    ko: "{file}에 이름 {count}개를 정의했습니다. 원본 파일은 바꾸지 않았습니다.",
    en: "Defined {count} names in {file}. The original file is unchanged.",
  },
  nameDefined: { ko: "  {name} = {range} ({kind})", en: "  {name} = {range} ({kind})" },
  nameNotDefined: {
    ko: "  {range} ({kind}): 이 종류의 이름은 하나뿐이라 정의하지 않았습니다.",
    en: "  {range} ({kind}): not named, this kind takes one name only.",
  },
  nothingToName: {
    ko: "{file}: 이름 없이 찾은 표가 없어 쓸 것이 없습니다.",
    en: "{file}: no table found without a name, so nothing was written.",
  },
  acceptWritten: {
    ko: "{file}에 {cell}의 {rule} 항목을 예외 처리로 기록했습니다. 그 값이 바뀌면 예외 처리는 저절로 효력을 잃습니다.",
    en: "Recorded the acceptance of {rule} at {cell} in {file}. It lapses by itself when those values change.",
  },
} satisfies Catalogue;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export function say(id: CliMessageId, lang: Lang, data: Record<string, string | number> = {}): string {
  return renderMessage(CLI_MESSAGES[id], data, lang);
}

/** A command line that cannot be run: what is wrong with it, then the usage. */
export function sayUsage(error: { readonly messageId: CliMessageId; readonly detail: string }, lang: Lang): string {
  return `${say(error.messageId, lang, { detail: error.detail, option: error.detail })}\n\n${say("usage", lang)}`;
}

/** Why a workbook holds nothing to check: the names it has, the ones we look for, and the header words looked for. */
export function sayNoNames(file: string, noNames: Omit<NoNames, "kind">, lang: Lang): string {
  const names = noNames.definedNames.length > 0 ? quotedNames(noNames.definedNames, lang) : say("none", lang);
  const lines = [say("noNames", lang, { file, names, expected: namesLookedFor().join(", ") })];
  if (noNames.wordsLookedFor.length > 0) lines.push(say("noTablesFound", lang));
  for (const { kind, words } of noNames.wordsLookedFor) {
    lines.push(say("wordsOfKind", lang, { kind: kindOf(kind).labels.caption[lang], words: words.join(", ") }));
  }
  return lines.join("\n");
}

/** The workbook's own names, as many as a reader can take in, each cut short: a workbook may hold thousands. */
function quotedNames(names: readonly string[], lang: Lang): string {
  const shown = names.slice(0, NAMES_SHOWN).map((name) => cutQuote(name));
  if (names.length > NAMES_SHOWN) shown.push(say("moreNames", lang, { count: names.length - NAMES_SHOWN }));
  return shown.join(", ");
}

const NAMES_SHOWN = 20;

const WRITE_REFUSALS = {
  unreadable: "corrupt",
  "strict-format": "strictFormat",
  "structure-protected": "structureProtected",
} as const satisfies Record<WorkbookWriteError["reason"], CliMessageId>;

/** A package we made that would not read back: the part at fault, and that no file was written. */
export function sayBrokenOutput(error: BrokenPackageError, file: string, lang: Lang): string {
  return say("brokenOutput", lang, { file, part: error.part, detail: error.problem });
}

/** What failed and where, in a sentence: never a stack trace. */
export function sayFailure(error: unknown, file: string, lang: Lang): string {
  if (error instanceof UnreadableWorkbookError) return say(error.reason, lang, { file, detail: error.detail });
  if (error instanceof WorkbookWriteError) return say(WRITE_REFUSALS[error.reason], lang, { file, detail: error.detail });
  if (error instanceof BrokenPackageError) return sayBrokenOutput(error, file, lang);
  if (error instanceof ConfigFileError) return say(error.problem.kind, lang, { file: error.file, ...error.problem });
  return say("internal", lang, { file, detail: error instanceof Error ? error.message : String(error) });
}
