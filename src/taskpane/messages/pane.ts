import type { Catalogue } from "../../core/messages";
import { AS_OF_TODAY_MESSAGES } from "../../text/as-of-source";

/** Every word the task pane shows, in both languages (GLOSSARY.md's words, formal Korean). */
export const PANE_MESSAGES = {
  title: { ko: "예산·자산 점검", en: "Budget Check" },
  validate: { ko: "검증", en: "Validate" },
  generate: { ko: "요약 시트 만들기", en: "Generate summary" },
  settings: { ko: "설정", en: "Settings" },
  validating: { ko: "검증하는 중입니다…", en: "Validating…" },
  generating: { ko: "요약 시트를 만드는 중입니다…", en: "Writing the summary sheet…" },
  intro: {
    ko: "[검증]을 누르면 이름 정의된 예산·인력·장비 표를 점검합니다.",
    en: "Select Validate to check the named budget, staff and inventory tables.",
  },
  context: { ko: "기준일 {asOf} · 교체 예정 {months}개월", en: "As of {asOf} · due within {months} months" },
  ...AS_OF_TODAY_MESSAGES,
  unitCaption: { ko: "단위: {unit}", en: "unit: {unit}" },
  unitAssumedCaption: { ko: "단위: {unit} (가정)", en: "unit: {unit} (assumed)" },
  /** What the as-of date is before a validation, when the settings leave it to the workbook. */
  asOfAuto: { ko: "통합 문서에 적힌 날짜(없으면 오늘)", en: "the workbook's date (else today)" },
  // Severities by their own names, as the badges and the screen reader's summary say them.
  error: { ko: "오류", en: "Errors" },
  warning: { ko: "경고", en: "Warnings" },
  info: { ko: "정보", en: "Info" },
  counts: { ko: "검증 결과: {errors}, {warnings}, {infos}", en: "Validation: {errors}, {warnings}, {infos}" },
  // A message with a `…One` twin is taken for a count of one: English says "1 error" but "2 errors".
  errorCount: { ko: "오류 {count}건", en: "{count} errors" },
  errorCountOne: { ko: "오류 {count}건", en: "{count} error" },
  warningCount: { ko: "경고 {count}건", en: "{count} warnings" },
  warningCountOne: { ko: "경고 {count}건", en: "{count} warning" },
  infoCount: { ko: "정보 {count}건", en: "{count} info" },
  filterBy: { ko: "구분별로 보기", en: "Show by severity" },
  passed: { ko: "검증 통과", en: "Passed" },
  rangesChecked: { ko: "이름 {count}개를 점검했습니다.", en: "Checked {count} named ranges." },
  rangesCheckedOne: { ko: "이름 {count}개를 점검했습니다.", en: "Checked {count} named range." },
  noFindings: { ko: "찾은 문제가 없습니다.", en: "No findings." },
  findings: { ko: "검증 결과", en: "Findings" },
  noCell: { ko: "셀 없음", en: "no cell" },
  noNamesTitle: { ko: "점검할 이름이 없습니다", en: "No named ranges to check" },
  noNamesBody: { ko: "이 통합 문서에서 아래 이름을 하나도 찾지 못했습니다.", en: "This workbook has none of the names below." },
  namesLookedFor: { ko: "찾는 이름", en: "Names looked for" },
  howToDefine: {
    ko: "표 범위를 선택한 다음 [수식] > [이름 정의]에서 위 이름 중 하나(예: Budget 또는 예산)를 붙이고 다시 검증하십시오.",
    en: "Select a table, choose Formulas > Define Name, give it one of these names (for example Budget), then validate again.",
  },
  errorTitle: { ko: "작업을 마치지 못했습니다", en: "Could not finish" },
  unexpected: {
    ko: "예기치 않은 문제로 작업을 마치지 못했습니다. 다시 시도하십시오.",
    en: "Something unexpected stopped the task. Please try again.",
  },
  settingsNotSaved: {
    ko: "설정을 통합 문서에 저장하지 못했습니다. 이번 작업에는 적용됩니다.",
    en: "The settings could not be saved in the workbook. They apply until you close it.",
  },
  cannotSelect: {
    ko: "'{sheet}' 시트의 {cell} 셀을 선택하지 못했습니다. 시트 이름이 바뀌었거나 시트가 삭제되었으면 다시 검증하십시오.",
    en: "Could not select cell {cell} on sheet '{sheet}'. If the sheet was renamed or deleted, validate again.",
  },
  cannotSelectRange: {
    ko: "'{sheet}' 시트의 {range} 범위를 선택하지 못했습니다. 시트 이름이 바뀌었거나 시트가 삭제되었으면 다시 검증하십시오.",
    en: "Could not select range {range} on sheet '{sheet}'. If the sheet was renamed or deleted, validate again.",
  },
  writtenTitle: { ko: "요약 시트를 만들었습니다", en: "Summary written" },
  written: { ko: "'{sheet}' 시트에 요약을 썼습니다.", en: "The summary is on sheet '{sheet}'." },
  writtenRenamed: {
    ko: "'{wanted}' 시트가 이미 있어서 '{sheet}' 시트에 요약을 썼습니다.",
    en: "A sheet named '{wanted}' already exists, so the summary is on sheet '{sheet}'.",
  },
  dismiss: { ko: "닫기", en: "Dismiss" },
  asOfLabel: { ko: "기준일", en: "As-of date" },
  asOfHint: {
    ko: "비워 두면 통합 문서의 기준일(AsOfDate)을, 없으면 오늘을 씁니다.",
    en: "Leave empty to use the workbook's AsOfDate, else today.",
  },
  dueWithinLabel: { ko: "교체 예정 기간(개월)", en: "Due-soon window (months)" },
  dueWithinInvalid: { ko: "0부터 {max}까지의 정수를 입력하십시오.", en: "Enter a whole number from 0 to {max}." },
  langLabel: { ko: "언어", en: "Language" },
  langAuto: { ko: "자동", en: "Automatic" },
  toleranceLabel: { ko: "금액 허용 오차(각 표의 단위)", en: "Amount tolerance (in each table's unit)" },
  toleranceInvalid: { ko: "0 이상의 숫자를 입력하십시오.", en: "Enter a number of 0 or more." },
  liveRecheckLabel: { ko: "편집하면 바로 다시 검사", en: "Re-check as I edit" },
  liveRecheckHint: {
    ko: "검증한 범위의 셀을 고치면 그 범위만 다시 검사하여 결과를 바로 고칩니다.",
    en: "An edit inside a checked range re-checks that range alone and updates the result.",
  },
  save: { ko: "저장", en: "Save" },
  cancel: { ko: "취소", en: "Cancel" },
  accept: { ko: "승인", en: "Accept" },
  acceptReason: { ko: "승인 사유 (예: 예산과 승인 차이)", en: "Reason (e.g. difference approved by the budget office)" },
  acceptedTitle: { ko: "승인된 항목 {count}건 (오류로 세지 않음)", en: "{count} accepted (not counted as errors)" },
  acceptedReason: { ko: "사유: {reason}", en: "Reason: {reason}" },
  stampUnchanged: { ko: "검증 시각 {when}, 이후 데이터 변경 없음", en: "Validated at {when}, data unchanged since" },
  stampChanged: { ko: "검증 시각 {when} 이후 변경됨: {names}", en: "Validated at {when}; changed since: {names}" },
  // The Set up view: naming the tables found by their header words, or the selection. Not "설정" alone, which is
  // the settings button's name.
  setup: { ko: "표 설정", en: "Set up tables" },
  setupOffer: {
    ko: "[표 설정]에서 시트에 선택한 범위에 바로 이름을 정의할 수도 있습니다.",
    en: "Or name the range selected in the sheet directly, in Set up tables.",
  },
  setupIntro: {
    ko: "이름을 정의한 표는 다음 검증부터 찾지 않고 바로 점검합니다. 이름은 통합 문서 전체에 적용되며, 이미 있는 이름은 바꾸지 않습니다.",
    en: "A named table is checked directly from the next validation on. Names apply to the whole workbook; no existing name is changed.",
  },
  detectedChecked: { ko: "이름 없이 찾은 표 {count}개를 점검했습니다.", en: "Checked {count} tables found without a name." },
  detectedCheckedOne: { ko: "이름 없이 찾은 표 {count}개를 점검했습니다.", en: "Checked {count} table found without a name." },
  detectedTitle: { ko: "이름 없이 찾은 표", en: "Tables found without a name" },
  detectedNone: { ko: "이름 없이 찾은 표가 없습니다.", en: "No table was found without a name." },
  detectedHint: {
    ko: "표를 고르면 시트에서 그 범위를 선택합니다.",
    en: "Choosing a table selects its range in the sheet.",
  },
  headerWords: { ko: "머리글: {words}", en: "Headers: {words}" },
  defineName: { ko: "이름 정의", en: "Define name" },
  defineNameFor: { ko: "이름 정의: {where}", en: "Define name: {where}" },
  selectionTitle: { ko: "선택 영역에 이름 정의", en: "Name the selection" },
  selectionHint: {
    ko: "시트에서 표를 머리글 행부터 마지막 행까지 선택한 다음 종류를 고르십시오.",
    en: "Select the table in the sheet, from its header row to its last row, then choose its kind.",
  },
  kindLabel: { ko: "표 종류", en: "Kind of table" },
  nameSelection: { ko: "선택 영역을 {kind} 표로 지정", en: "Name the selection: {kind} table" },
  backToFindings: { ko: "검증 결과 보기", en: "Show findings" },
  naming: { ko: "이름을 정의하는 중입니다…", en: "Defining the name…" },
  namedTitle: { ko: "이름을 정의했습니다", en: "Name defined" },
  named: { ko: "이름을 정의하고 다시 검증했습니다: {names}", en: "Defined the name and validated again: {names}" },
  namedUnseen: { ko: "이름을 정의하고 다시 검증했습니다.", en: "Defined the name and validated again." },
} satisfies Catalogue;

export type PaneMessageId = keyof typeof PANE_MESSAGES;
