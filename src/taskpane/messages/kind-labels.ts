import type { Lang } from "../../core/finding";

/** What a named range holds, as the finding list's group headings say it. */
export const KIND_LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  ko: { budget: "예산", staff: "인력", inventory: "장비", table: "표", usefulLife: "내용연수", asOf: "기준일" },
  en: {
    budget: "Budget",
    staff: "Staff",
    inventory: "Inventory",
    table: "Table",
    usefulLife: "Useful life",
    asOf: "As-of date",
  },
};
