/**
 * What detection needs to know of one row of a sheet, each row looked at once: its non-blank cells, and
 * whether it is a note (`※ …`, `* …`, `주) …`, `비고 …`, or one long sentence across the table) rather than data.
 */
import type { CellValue } from "../grid";
import { cellText } from "../values/cell-readers";
import { normalizeText } from "../values/text";

export interface RowShape {
  /** Non-blank cells within the columns looked at. */
  readonly filled: number;
  /** First and last non-blank column; -1 when the row is blank. */
  readonly first: number;
  readonly last: number;
}

export function rowShape(values: readonly CellValue[], from = 0, to = values.length - 1): RowShape {
  let filled = 0;
  let first = -1;
  let last = -1;
  for (let col = from; col <= to; col++) {
    if (isBlankCell(values[col])) continue;
    filled++;
    if (first < 0) first = col;
    last = col;
  }
  return { filled, first, last };
}

export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && cellText(value) === "");
}

const NOTE_MARKERS = /^(?:※|\*|주\s*\)|주\s*:|비고|참고|출처|자료\s*:|note\b)/i;
/** A sentence this long, alone in its row, is a footnote, not a row of the table. */
const SENTENCE_LENGTH = 40;

/**
 * A note under a table: one text (a merged cell spreads one text over several) that starts with a note mark,
 * or a long sentence. The columns looked at are the table's.
 */
export function isNoteRow(values: readonly CellValue[], from: number, to: number): boolean {
  let text: string | undefined;
  for (let col = from; col <= to; col++) {
    const value = values[col];
    if (isBlankCell(value)) continue;
    if (typeof value !== "string") return false;
    if (text !== undefined && value !== text) return false;
    text = value;
  }
  if (text === undefined) return false;
  const normal = normalizeText(text);
  return NOTE_MARKERS.test(normal) || (normal.length >= SENTENCE_LENGTH && normal.includes(" "));
}
