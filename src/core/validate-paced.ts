import { startSubjectCheck } from "./check-subject";
import { gatherFacts } from "./facts";
import type { Finding } from "./finding";
import type { CheckOptions } from "./options";
import type { Pace } from "./progress";
import type { Rule } from "./rule";
import { RULES } from "./rules";
import { tablesOf, type Subject } from "./subject";
import { finishPaced } from "./pieces";
import { copiedFindings, type Validation } from "./validate";

/**
 * `validateSubjects` for a shell on a browser's one thread: the same findings in the same order, but with a
 * pause between rules and between subjects, and within a rule written in pieces (rule.ts) every `PIECE_ROWS`
 * rows or so, where `pace` may give the thread back and show how far it has come.
 */
export async function validateSubjectsPaced(
  subjects: readonly Subject[],
  options: CheckOptions,
  pace: Pace,
  rules: readonly Rule[] = RULES,
): Promise<Validation> {
  const facts = gatherFacts(tablesOf(subjects, "asOf"), tablesOf(subjects, "usefulLife"), options);
  const findings: Finding[] = [];
  const copies = copiedFindings(options, rules);
  const rowsOf = (subject: Subject) => subject.grid?.values.length ?? 0;
  const totalRows = subjects.reduce((sum, subject) => sum + rowsOf(subject), 0);
  let rows = 0;
  for (const [i, subject] of subjects.entries()) {
    const tableAt = (done: number) => ({ step: "check", table: i + 1, tables: subjects.length, rows: rows + done, totalRows }) as const;
    let own = copies.of(subject);
    if (own === undefined) {
      const check = startSubjectCheck(subject, options, facts);
      // Within a long table the count moves rule by rule: each rule that applies to it is its share of its rows.
      const applying = rules.filter((rule) => rule.appliesTo.includes(subject.kind)).length;
      let ran = 0;
      for (const [order, rule] of rules.entries()) {
        const at = tableAt(Math.floor((rowsOf(subject) * ran) / Math.max(applying, 1)));
        await pace(at);
        await finishPaced(check.runPieces(rule, order), pace, at);
        if (rule.appliesTo.includes(subject.kind)) ran += 1;
      }
      own = await finishPaced(check.findingPieces(), pace, tableAt(rowsOf(subject)));
      copies.checked(subject, own);
    }
    for (const finding of own) findings.push(finding);
    rows += rowsOf(subject);
  }
  await pace({ step: "check", table: subjects.length, tables: subjects.length, rows, totalRows });
  return { findings, facts, subjects };
}
