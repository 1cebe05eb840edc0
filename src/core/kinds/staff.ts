import { staffSection } from "../summary/sections/staff";
import { staffParser, type StaffWords } from "../tables/staff";
import { defineKind } from "./kind";

const WORDS: StaffWords = {
  series: ["직종", "직렬", "구분", "Category", "Series"],
  grade: ["직급", "Grade"],
  authorized: ["정원", "Authorized"],
  current: ["현원", "Current"],
  difference: ["과부족", "Difference"],
};

export default defineKind({
  id: "staff",
  names: { exact: ["Staff", "인력"], prefixes: ["Staff_", "인력_"] },
  header: { words: WORDS, needed: ["정원 (Authorized)", "현원 (Current)", "과부족 (Difference)"] },
  parse: staffParser(WORDS),
  labels: {
    caption: { ko: "인력", en: "Staff" },
    qualifier: { ko: "인력", en: "staff" },
  },
  summary: staffSection,
});
