import { headerKey } from "./headers";

const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES_EN = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** Period columns are amounts split by month or quarter: `1월`…`12월`, `1분기`…`4분기`, `Jan`…`Dec`, `Q1`…`Q4`. */
export function isPeriodHeader(text: string): boolean {
  const key = headerKey(text);
  let m = /^(\d{1,2})월$/.exec(key);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12;
  m = /^([1-4])분기$/.exec(key) ?? /^q([1-4])$/.exec(key);
  if (m) return true;
  return MONTHS_EN.includes(key) || MONTH_NAMES_EN.includes(key);
}
