import type { Lang, Severity, SeverityCounts } from "../core/finding";
import { kindCaptions, type TableKind } from "../core/kinds";
import { SUMMARY_LABELS } from "../core/summary/labels";

/** Every word the task pane shows, in both languages (GLOSSARY.md's words, formal Korean). */
export interface PaneStrings {
  readonly title: string;
  readonly validate: string;
  readonly generate: string;
  readonly settings: string;
  readonly validating: string;
  readonly generating: string;
  readonly intro: string;
  readonly context: (asOf: string, months: number) => string;
  /** What the as-of date is before a validation, when the settings leave it to the workbook. */
  readonly asOfAuto: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly counts: (counts: SeverityCounts) => string;
  readonly filterBy: string;
  readonly passed: string;
  readonly rangesChecked: (count: number) => string;
  readonly noFindings: string;
  readonly findings: string;
  readonly noCell: string;
  readonly kinds: Readonly<Record<TableKind, string>>;
  readonly noNamesTitle: string;
  readonly noNamesBody: string;
  readonly namesLookedFor: string;
  readonly howToDefine: string;
  readonly errorTitle: string;
  readonly unexpected: string;
  readonly settingsNotSaved: string;
  readonly cannotSelect: (sheet: string, cell: string) => string;
  readonly writtenTitle: string;
  readonly written: (sheet: string) => string;
  readonly writtenRenamed: (wanted: string, sheet: string) => string;
  readonly dismiss: string;
  readonly asOfLabel: string;
  readonly asOfHint: string;
  readonly dueWithinLabel: string;
  readonly dueWithinInvalid: (max: number) => string;
  readonly langLabel: string;
  readonly langAuto: string;
  readonly toleranceLabel: string;
  readonly toleranceInvalid: string;
  readonly save: string;
  readonly cancel: string;
  readonly accept: string;
  readonly acceptReason: string;
  readonly acceptedTitle: (count: number) => string;
  readonly acceptedReason: (reason: string) => string;
  readonly stampUnchanged: (when: string) => string;
  readonly stampChanged: (when: string, names: readonly string[]) => string;
}

const ko: PaneStrings = {
  title: "예산·자산 점검",
  validate: "검증",
  generate: "요약 시트 만들기",
  settings: "설정",
  validating: "검증하는 중입니다…",
  generating: "요약 시트를 만드는 중입니다…",
  intro: "[검증]을 누르면 이름 정의된 예산·인력·장비 표를 점검합니다.",
  context: (asOf, months) => `기준일 ${asOf} · 교체 예정 ${months}개월`,
  asOfAuto: "통합 문서에 적힌 날짜(없으면 오늘)",
  severity: { error: "오류", warning: "경고", info: "정보" },
  counts: (c) => `검증 결과: 오류 ${c.error}건, 경고 ${c.warning}건, 정보 ${c.info}건`,
  filterBy: "구분별로 보기",
  passed: "검증 통과",
  rangesChecked: (n) => `이름 ${n}개를 점검했습니다.`,
  noFindings: "찾은 문제가 없습니다.",
  findings: "검증 결과",
  noCell: "셀 없음",
  kinds: kindCaptions("ko"),
  noNamesTitle: "점검할 이름이 없습니다",
  noNamesBody: "이 통합 문서에서 아래 이름을 하나도 찾지 못했습니다.",
  namesLookedFor: "찾는 이름",
  howToDefine: "표 범위를 선택한 다음 [수식] > [이름 정의]에서 위 이름 중 하나(예: Budget 또는 예산)를 붙이고 다시 검증하십시오.",
  errorTitle: "작업을 마치지 못했습니다",
  unexpected: "예기치 않은 문제로 작업을 마치지 못했습니다. 다시 시도하십시오.",
  settingsNotSaved: "설정을 통합 문서에 저장하지 못했습니다. 이번 작업에는 적용됩니다.",
  cannotSelect: (sheet, cell) =>
    `'${sheet}' 시트의 ${cell} 셀을 선택하지 못했습니다. 시트 이름이 바뀌었거나 시트가 삭제되었으면 다시 검증하십시오.`,
  writtenTitle: "요약 시트를 만들었습니다",
  written: (sheet) => `'${sheet}' 시트에 요약을 썼습니다.`,
  writtenRenamed: (wanted, sheet) => `'${wanted}' 시트가 이미 있어서 '${sheet}' 시트에 요약을 썼습니다.`,
  dismiss: "닫기",
  asOfLabel: "기준일",
  asOfHint: "비워 두면 통합 문서의 기준일(AsOfDate)을, 없으면 오늘을 씁니다.",
  dueWithinLabel: "교체 예정 기간(개월)",
  dueWithinInvalid: (max) => `0부터 ${max}까지의 정수를 입력하십시오.`,
  langLabel: "언어",
  langAuto: "자동",
  toleranceLabel: "금액 허용 오차(천원)",
  toleranceInvalid: "0 이상의 숫자를 입력하십시오.",
  save: "저장",
  cancel: "취소",
  accept: "승인",
  acceptReason: "승인 사유 (예: 예산과 승인 차이)",
  acceptedTitle: (n) => `승인된 항목 ${n}건 (오류로 세지 않음)`,
  acceptedReason: (reason) => `사유: ${reason}`,
  stampUnchanged: (when) => `검증 시각 ${when}, 이후 데이터 변경 없음`,
  stampChanged: (when, names) => `검증 시각 ${when} 이후 변경됨: ${names.join(", ")}`,
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: PaneStrings = {
  title: "Budget Check",
  validate: "Validate",
  generate: "Generate summary",
  settings: "Settings",
  validating: "Validating…",
  generating: "Writing the summary sheet…",
  intro: "Select Validate to check the named budget, staff and inventory tables.",
  context: (asOf, months) => `As of ${asOf} · due within ${months} months`,
  asOfAuto: "the workbook's date (else today)",
  severity: { error: "Errors", warning: "Warnings", info: "Info" },
  counts: (c) =>
    `Validation: ${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${c.info} info`,
  filterBy: "Show by severity",
  passed: "Passed",
  rangesChecked: (n) => `Checked ${plural(n, "named range", "named ranges")}.`,
  noFindings: "No findings.",
  findings: "Findings",
  noCell: "no cell",
  kinds: kindCaptions("en"),
  noNamesTitle: "No named ranges to check",
  noNamesBody: "This workbook has none of the names below.",
  namesLookedFor: "Names looked for",
  howToDefine:
    "Select a table, choose Formulas > Define Name, give it one of these names (for example Budget), then validate again.",
  errorTitle: "Could not finish",
  unexpected: "Something unexpected stopped the task. Please try again.",
  settingsNotSaved: "The settings could not be saved in the workbook. They apply until you close it.",
  cannotSelect: (sheet, cell) =>
    `Could not select cell ${cell} on sheet '${sheet}'. If the sheet was renamed or deleted, validate again.`,
  writtenTitle: "Summary written",
  written: (sheet) => `The summary is on sheet '${sheet}'.`,
  writtenRenamed: (wanted, sheet) => `A sheet named '${wanted}' already exists, so the summary is on sheet '${sheet}'.`,
  dismiss: "Dismiss",
  asOfLabel: "As-of date",
  asOfHint: "Leave empty to use the workbook's AsOfDate, else today.",
  dueWithinLabel: "Due-soon window (months)",
  dueWithinInvalid: (max) => `Enter a whole number from 0 to ${max}.`,
  langLabel: "Language",
  langAuto: "Automatic",
  toleranceLabel: "Amount tolerance (thousand won)",
  toleranceInvalid: "Enter a number of 0 or more.",
  save: "Save",
  cancel: "Cancel",
  accept: "Accept",
  acceptReason: "Reason (e.g. difference approved by the budget office)",
  acceptedTitle: (n) => `${n} accepted (not counted as errors)`,
  acceptedReason: (reason) => `Reason: ${reason}`,
  stampUnchanged: (when) => `Validated at ${when}, data unchanged since`,
  stampChanged: (when, names) => `Validated at ${when}; changed since: ${names.join(", ")}`,
};

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = { ko, en };

/** Languages are offered in their own words, whatever the pane's language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { ko: "한국어", en: "English" };

/** The summary sheet's own name, which the pane mentions when it had to write under another. */
export function summarySheetName(lang: Lang): string {
  return SUMMARY_LABELS.summarySheet[lang];
}
