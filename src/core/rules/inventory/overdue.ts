import { lotLabel, scheduleOf } from "../../inventory/lots";
import { defineRule } from "../../rule";
import { formatIsoDate } from "../../values/dates";

export default defineRule({
  id: "inventory/overdue",
  severity: "warning",
  appliesTo: ["inventory"],
  description: {
    ko: "교체 예정일(취득일 + 내용연수)이 기준일 이전인 장비를 찾습니다.",
    en: "A lot's due date (acquired + useful life) is on or before the as-of date.",
  },
  messages: {
    overdue: {
      ko: "{lot}: 교체 예정일 {due} 경과 (취득 {acquired} + 내용연수 {life}년)",
      en: "{lot}: due {due}, overdue (acquired {acquired} + {life}-year life)",
    },
  },
  check(table, context) {
    for (const row of table.lotRows) {
      const schedule = scheduleOf(table, row, context.facts, context.options.dueWithinMonths);
      if (schedule?.status !== "overdue") continue;
      context.report({
        row,
        col: table.columns.acquired,
        messageId: "overdue",
        data: {
          lot: lotLabel(table, row),
          due: formatIsoDate(schedule.due),
          acquired: formatIsoDate(schedule.acquired),
          life: schedule.life,
        },
      });
    }
  },
});
