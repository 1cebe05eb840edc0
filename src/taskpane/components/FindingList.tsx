import { Body1, Caption1, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Finding, Lang } from "../../core/finding";
import { isTableKind, kindCaptions } from "../../core/kinds";
import { UNIT_NAMES, type TableUnit } from "../../core/units/money-unit";
import type { CheckedRange } from "../host";
import type { PaneText } from "../messages/pane-text";
import { groupFindings } from "../state/finding-groups";
import { FindingRow } from "./FindingRow";

export interface FindingListProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly findings: readonly Finding[];
  readonly ranges: readonly CheckedRange[];
  readonly onSelect: (finding: Finding) => void;
  readonly onAccept?: (finding: Finding, reason: string) => void;
}

const useStyles = makeStyles({
  group: { marginBlockStart: tokens.spacingVerticalM },
  heading: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlockEnd: tokens.spacingVerticalXXS,
    margin: 0,
  },
  where: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  program: {
    margin: 0,
    marginBlockStart: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** `단위: 원`, or `단위: 천원 (가정)` where the table states none. */
function unitCaption(t: PaneText, lang: Lang, { unit, source }: TableUnit): string {
  return t(source === "assumed" ? "unitAssumedCaption" : "unitCaption", { unit: UNIT_NAMES[unit][lang] });
}

/**
 * The findings grouped by the named range they belong to, in the order validation found them; in a budget with
 * program levels, under the top-level program whose rows hold them. Grouped once per result, not per render.
 */
export function FindingList({ t, lang, findings, ranges, onSelect, onAccept }: FindingListProps) {
  const styles = useStyles();
  const baseId = useId("finding-group");
  const groups = useMemo(() => groupFindings(findings, ranges), [findings, ranges]);
  if (findings.length === 0) return <Body1 className={styles.empty}>{t("noFindings")}</Body1>;
  const rows = (list: readonly Finding[], labelledBy: string) => (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {list.map((finding, i) => (
        <FindingRow key={`${finding.cell}-${finding.rule}-${i}`} t={t} finding={finding} onSelect={onSelect} onAccept={onAccept} />
      ))}
    </ul>
  );
  return (
    <section aria-label={t("findings")}>
      {groups.map((group, index) => {
        const { range } = group;
        const sheet = range?.sheet || (group.findings[0] ?? group.programs[0].findings[0]).sheet;
        const headingId = `${baseId}-${index}`;
        return (
          <div key={group.name} className={styles.group}>
            <h2 id={headingId} className={styles.heading}>
              <Subtitle2>{group.name}</Subtitle2>
              <Caption1 className={styles.where}>
                {[range && (isTableKind(range.kind) ? kindCaptions(lang)[range.kind] : range.kind), sheet, range?.unit && unitCaption(t, lang, range.unit)]
                  .filter(Boolean)
                  .join(" · ")}
              </Caption1>
            </h2>
            {group.findings.length > 0 && rows(group.findings, headingId)}
            {group.programs.map((program, p) => (
              <div key={`${program.label}-${p}`}>
                <h3 id={`${headingId}-${p}`} className={styles.program}>
                  {program.label}
                </h3>
                {rows(program.findings, `${headingId}-${p}`)}
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
