import { Body1, Caption1, makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { Finding, Lang } from "../../core/finding";
import { isTableKind, kindCaptions } from "../../core/kinds";
import { UNIT_NAMES, type TableUnit } from "../../core/units/money-unit";
import type { CheckedRange } from "../host";
import type { PaneText } from "../messages/pane-text";
import { FindingRow } from "./FindingRow";
import { pushInto } from "../../core/group";

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
  empty: { color: tokens.colorNeutralForeground2 },
});

interface Group {
  readonly name: string;
  readonly findings: Finding[];
}

/** `단위: 원`, or `단위: 천원 (가정)` where the table states none. */
function unitCaption(t: PaneText, lang: Lang, { unit, source }: TableUnit): string {
  return t(source === "assumed" ? "unitAssumedCaption" : "unitCaption", { unit: UNIT_NAMES[unit][lang] });
}

/** The findings grouped by the named range they belong to, in the order validation found them. */
export function FindingList({ t, lang, findings, ranges, onSelect, onAccept }: FindingListProps) {
  const styles = useStyles();
  const baseId = useId("finding-group");
  if (findings.length === 0) return <Body1 className={styles.empty}>{t("noFindings")}</Body1>;
  return (
    <section aria-label={t("findings")}>
      {groupByName(findings).map((group, index) => {
        const range = ranges.find((r) => r.name === group.name);
        const sheet = range?.sheet || group.findings[0].sheet;
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
            <ul className={styles.list} aria-labelledby={headingId}>
              {group.findings.map((finding, i) => (
                <FindingRow key={`${finding.cell}-${finding.rule}-${i}`} t={t} finding={finding} onSelect={onSelect} onAccept={onAccept} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function groupByName(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) pushInto(groups, finding.name, finding);
  return [...groups].map(([name, grouped]) => ({ name, findings: grouped }));
}
