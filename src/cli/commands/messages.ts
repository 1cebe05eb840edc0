import type { LocalizedText } from "../../core/messages";

/** What `stamp`, `verify` and `accept` say, in both languages. */
export const RECORD_MESSAGES = {
  missingOption: { ko: "{option}을(를) 지정하십시오", en: "Give {option}" },
  badCell: { ko: "--cell은 시트!셀 형식입니다 (예: 예산!B4): {detail}", en: "--cell takes SHEET!CELL, e.g. Budget!B4: {detail}" },
  stampRefused: {
    ko: "오류가 {errors}건 있어 검증 도장을 기록하지 않았습니다. 오류를 고치거나 승인한 뒤 다시 실행하십시오",
    en: "Not stamped: {errors} errors remain. Fix or accept them and run again",
  },
  stampWritten: {
    ko: "{file}에 검증 도장을 기록했습니다 ({when}, 범위 {ranges}개, 경고 {warnings} · 정보 {infos} · 승인 {accepted}). 원본 파일은 바꾸지 않았습니다",
    en: "Stamped {file} ({when}, {ranges} ranges, {warnings} warnings · {infos} infos · {accepted} accepted). The original file is unchanged",
  },
  noStamp: { ko: "{file}: 검증 도장이 없습니다. 먼저 budget-check stamp로 기록하십시오", en: "{file}: no validation stamp. Record one first with budget-check stamp" },
  unchanged: {
    ko: "{file}: {when} 검증 이후 데이터가 바뀌지 않았습니다 (기준일 {asOf}, 버전 {version})",
    en: "{file}: data unchanged since it was validated at {when} (as of {asOf}, version {version})",
  },
  changed: { ko: "{file}: {when} 검증 이후 데이터가 바뀌었습니다", en: "{file}: data changed since it was validated at {when}" },
  changedRange: { ko: "  변경됨: {name} ({sheet})", en: "  changed: {name} ({sheet})" },
  addedRange: { ko: "  추가됨: {name} ({sheet})", en: "  added: {name} ({sheet})" },
  removedRange: { ko: "  없어짐: {name} ({sheet})", en: "  removed: {name} ({sheet})" },
  noSuchFinding: {
    ko: "{file}: {cell}에 {rule} 항목이 없습니다. 지금 있는 항목: {found}",
    en: "{file}: no {rule} finding at {cell}. Findings there now: {found}",
  },
  acceptWritten: {
    ko: "{file}에 {cell}의 {rule} 항목 승인을 기록했습니다. 해당 값이 바뀌면 승인은 저절로 효력을 잃습니다",
    en: "Recorded the acceptance of {rule} at {cell} in {file}. It lapses by itself when those values change",
  },
} satisfies Record<string, LocalizedText>;

export type RecordMessageId = keyof typeof RECORD_MESSAGES;
