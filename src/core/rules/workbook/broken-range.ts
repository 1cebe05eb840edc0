import { defineRule } from "../../rule";

export default defineRule({
  id: "workbook/broken-range",
  severity: "error",
  scope: "table",
  appliesTo: ["broken-name"],
  description: {
    ko: "#REF!, 없는 시트, 다른 통합 문서나 빈 범위를 가리키는 이름을 찾습니다.",
    en: "A name that refers to #REF!, a missing sheet, another workbook or an empty range.",
  },
  messages: {
    "ref-error": {
      ko: "이름 {name}의 참조가 #REF!입니다. 가리키던 셀이나 시트가 삭제되었으니 [수식] > [이름 관리자]에서 다시 지정하십시오.",
      en: "The name {name} refers to #REF!: its cells or sheet were deleted. Redefine it in Formulas > Name Manager.",
    },
    "missing-sheet": {
      ko: "이름 {name}{이/가} 통합 문서에 없는 시트 '{sheet}'{을/를} 가리킵니다.",
      en: "The name {name} refers to sheet '{sheet}', which is not in the workbook.",
    },
    external: {
      ko: "이름 {name}{이/가} 다른 통합 문서를 가리킵니다. 이 통합 문서 안의 범위로 지정하십시오.",
      en: "The name {name} refers to another workbook; point it at a range in this workbook.",
    },
    "multiple-areas": {
      ko: "이름 {name}{이/가} 여러 영역을 가리킵니다. 표 하나를 덮는 한 범위로 지정하십시오.",
      en: "The name {name} refers to several areas; point it at one range covering one table.",
    },
    "not-a-range": {
      ko: "이름 {name}{이/가} 셀 범위가 아니라 상수나 수식을 가리킵니다.",
      en: "The name {name} holds a constant or a formula, not a range of cells.",
    },
    empty: {
      ko: "이름 {name}{이/가} 가리키는 범위가 비어 있습니다.",
      en: "The range the name {name} refers to is empty.",
    },
  },
  check(broken, context) {
    const anchor = broken.grid ? { row: 0, col: 0 } : {};
    context.report({ ...anchor, messageId: broken.reason, data: { name: broken.name, sheet: broken.sheet ?? "" } });
  },
});
