import type { LocalizedText } from "../core/messages";

/**
 * Said beside an as-of date that no one gave: neither the options nor the workbook's `AsOfDate`/`기준일`, so
 * today's date was used. Shared by the command line and the pane, which both print the date.
 */
export const AS_OF_TODAY_MESSAGES = {
  asOfToday: { ko: "오늘 날짜: 통합 문서에 기준일이 없습니다", en: "today's date: the workbook states no as-of date" },
} satisfies Record<string, LocalizedText>;
