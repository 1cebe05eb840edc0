import type { CellStyle } from "./sheet-spec";

/** Thousands, △ for negatives and - for zero: how these users format amounts and headcounts by hand. */
export const AMOUNT_FORMAT = '#,##0;"△"#,##0;"-"';
const RATE_FORMAT = "0.0%";
export const DATE_FORMAT = "yyyy-mm-dd";

const BOX = { top: true, bottom: true, left: true, right: true } as const;
const HEADER_FILL = "#D9E1F2";
const TOTAL_FILL = "#F2F2F2";

/** The summary's style palette: a key per look, so both writers group cells that share one. */
export const SUMMARY_STYLES = {
  title: { bold: true, fontSize: 16 },
  meta: { fontColor: "#404040", vertical: "center", wrap: true },
  passed: { bold: true, fontColor: "#006100", fill: "#C6EFCE" },
  failed: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE" },
  section: { bold: true, fontSize: 13, fontColor: "#1F3864", thickBottom: true },
  caption: { bold: true, italic: true },
  unit: { italic: true, horizontal: "right" },
  header: { bold: true, fill: HEADER_FILL, border: BOX, horizontal: "center", vertical: "center", wrap: true },
  label: { border: BOX, vertical: "center", wrap: true },
  text: { border: BOX, vertical: "center", wrap: true },
  // An identifier (an asset id): never wrapped, its column as wide as the longest.
  code: { border: BOX, vertical: "center" },
  amount: { border: BOX, vertical: "center", numberFormat: AMOUNT_FORMAT },
  // Quantities of several units in one cell (`40대 · 2식`): text, set right as the figures around it are.
  mixedQuantity: { border: BOX, vertical: "center", horizontal: "right" },
  totalMixedQuantity: { bold: true, fill: TOTAL_FILL, border: BOX, vertical: "center", thickTop: true, horizontal: "right" },
  rate: { border: BOX, vertical: "center", numberFormat: RATE_FORMAT },
  date: { border: BOX, vertical: "center", numberFormat: DATE_FORMAT, horizontal: "center" },
  center: { border: BOX, horizontal: "center", vertical: "center" },
  totalLabel: { bold: true, fill: TOTAL_FILL, border: BOX, vertical: "center", thickTop: true, horizontal: "center" },
  totalAmount: { bold: true, fill: TOTAL_FILL, border: BOX, vertical: "center", thickTop: true, numberFormat: AMOUNT_FORMAT },
  totalRate: { bold: true, fill: TOTAL_FILL, border: BOX, vertical: "center", thickTop: true, numberFormat: RATE_FORMAT },
  // A program of a budget with levels: its name one indent deeper per level, a parent's row in bold.
  label1: { border: BOX, vertical: "center", wrap: true, horizontal: "left", indent: 1 },
  label2: { border: BOX, vertical: "center", wrap: true, horizontal: "left", indent: 2 },
  label3: { border: BOX, vertical: "center", wrap: true, horizontal: "left", indent: 3 },
  label4: { border: BOX, vertical: "center", wrap: true, horizontal: "left", indent: 4 },
  parentLabel0: { bold: true, border: BOX, vertical: "center", wrap: true },
  parentLabel1: { bold: true, border: BOX, vertical: "center", wrap: true, horizontal: "left", indent: 1 },
  parentLabel2: { bold: true, border: BOX, vertical: "center", wrap: true, horizontal: "left", indent: 2 },
  parentLabel3: { bold: true, border: BOX, vertical: "center", wrap: true, horizontal: "left", indent: 3 },
  parentAmount: { bold: true, border: BOX, vertical: "center", numberFormat: AMOUNT_FORMAT },
  parentRate: { bold: true, border: BOX, vertical: "center", numberFormat: RATE_FORMAT },
  subtotalLabel: { bold: true, border: BOX, vertical: "center", horizontal: "center" },
  subtotalAmount: { bold: true, border: BOX, vertical: "center", numberFormat: AMOUNT_FORMAT },
  // A row naming the file the findings under it are in (a consolidated summary's lists).
  group: { bold: true, fill: TOTAL_FILL, border: BOX, vertical: "center", wrap: true },
  link: { border: BOX, fontColor: "#0563C1", underline: true, vertical: "center" },
  // A file that passed, in the consolidated summary's table of files: bordered, as the 오류 beside it is.
  passedCell: { border: BOX, bold: true, fontColor: "#006100", fill: "#C6EFCE", horizontal: "center", vertical: "center" },
  error: { border: BOX, bold: true, fontColor: "#9C0006", horizontal: "center", vertical: "center" },
  warning: { border: BOX, bold: true, fontColor: "#9C5700", horizontal: "center", vertical: "center" },
  info: { border: BOX, fontColor: "#1F4E78", horizontal: "center", vertical: "center" },
  overdue: { border: BOX, vertical: "center", bold: true, fill: "#FCE4D6", horizontal: "center" },
  dueSoon: { border: BOX, vertical: "center", fill: "#FFF2CC", horizontal: "center" },
  approvalRole: { bold: true, fill: HEADER_FILL, border: BOX, horizontal: "center", vertical: "center" },
  approvalBox: { border: BOX },
  note: { italic: true, fontColor: "#404040" },
  noteLink: { italic: true, fontColor: "#0563C1", underline: true },
} satisfies Record<string, CellStyle>;

export type SummaryStyle = keyof typeof SUMMARY_STYLES;
