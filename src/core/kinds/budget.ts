import { budgetSection } from "../summary/sections/budget";
import { budgetParser, type BudgetWords } from "../tables/budget";
import { defineKind } from "./kind";

const WORDS: BudgetWords = {
  item: ["단위사업명", "사업명", "세부사업명", "단위사업", "세부사업", "구분", "Program", "Item", "Project"],
  // 예산현액 (the budget after transfers) is the budget when a table has it, so it is looked for first.
  currentBudget: ["예산현액", "Current budget"],
  budget: ["예산액", "예산", "Budget"],
  executed: ["집행액", "집행", "지출액", "Executed", "Spent"],
  rate: ["집행율", "집행률", "Rate", "Execution rate"],
  remaining: ["잔액", "Remaining"],
  national: ["국비", "National"],
  city: ["시비", "City"],
  district: ["구비", "District"],
  fund: ["기금", "Fund"],
  executedBefore: ["집행", "executed", "spent"],
  executedAfter: ["집행", "집행액", "executed", "spent"],
};

export default defineKind({
  id: "budget",
  names: { exact: ["Budget", "예산"], prefixes: ["Budget_", "예산_"] },
  header: { words: WORDS, needed: ["단위사업명/사업명/구분 (Program/Item)", "예산액/집행액 (Budget/Executed)"] },
  parse: budgetParser(WORDS),
  labels: {
    caption: { ko: "예산", en: "Budget" },
    qualifier: { ko: "예산", en: "budget" },
  },
  summary: budgetSection,
});
