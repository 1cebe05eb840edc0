import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Finding, Lang, Severity } from "../../core/finding";
import { isTableKind, kindCaptions } from "../../core/kinds";
import { UNIT_NAMES, type TableUnit } from "../../core/units/money-unit";
import { counted, type PaneText } from "../messages/pane-text";
import type { FindingGroup } from "../state/finding-groups";
import { listRows, type FindingEntry, type ListRow, type OrderedFindings } from "../state/finding-rows";
import { FindingRow } from "./FindingRow";
import { listEntryButton, listEntryText } from "./list-entry-style";
import { useRovingFocus } from "./use-roving-focus";

export interface FindingListProps {
  readonly t: PaneText;
  readonly lang: Lang;
  /** Every finding of the result, in the list's order (`orderFindings`); the list filters them itself. */
  readonly ordered: OrderedFindings;
  /** The severities whose badges are pressed; none pressed shows every finding. */
  readonly filter: readonly Severity[];
  readonly onSelect: (finding: Finding) => void;
  readonly onAccept?: (finding: Finding, reason: string) => void;
}

/** A first guess at each row's height before it is measured (a finding's message often takes two lines). */
const ESTIMATED_HEIGHT: Record<ListRow["kind"], number> = { range: 40, program: 28, finding: 40, infos: 32 };

const useStyles = makeStyles({
  viewport: {
    flexGrow: 1,
    minHeight: "240px",
    overflowY: "auto",
  },
  rows: { position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%", display: "flex", flexWrap: "wrap", alignItems: "start" },
  cellWide: { flexGrow: 1, minWidth: 0 },
  heading: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlockStart: tokens.spacingVerticalM,
    paddingBlockEnd: tokens.spacingVerticalXXS,
    margin: 0,
  },
  where: { color: tokens.colorNeutralForeground2 },
  program: {
    margin: 0,
    paddingBlockStart: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  toggle: { ...listEntryText, ...listEntryButton, width: "100%", color: tokens.colorBrandForeground1 },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** `단위: 원`, or `단위: 천원 (가정)` where the table states none. */
function unitCaption(t: PaneText, lang: Lang, { unit, source }: TableUnit): string {
  return t(source === "assumed" ? "unitAssumedCaption" : "unitCaption", { unit: UNIT_NAMES[unit][lang] });
}

/**
 * The findings as one virtual grid: a heading per named range (and per 정책사업 in a levelled budget), its
 * errors, warnings and infos in that order, a long section's infos behind a toggle. Only the rows in view (and
 * a few around them) are in the page, whatever the number of findings; ordering is done once per result and a
 * filter only picks rows, so their keys (rule, sheet, cell) stay and a toggle redraws a screenful.
 */
export function FindingList({ t, lang, ordered, filter, onSelect, onAccept }: FindingListProps) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [accepting, setAccepting] = useState<string>();
  const rows = useMemo(() => listRows(ordered, filter, expanded), [ordered, filter, expanded]);
  const activeIndexRef = useRef(-1);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize: (index) => ESTIMATED_HEIGHT[rows[index].kind],
    getItemKey: (index) => rows[index].key,
    overscan: 8,
    // The row holding the tab stop stays drawn even when scrolled away, so Tab always has somewhere to land.
    rangeExtractor: useCallback((range: Range) => withIndex(defaultRangeExtractor(range), activeIndexRef.current), []),
  });
  const focus = useRovingFocus(rows, viewport, (index) => virtualizer.scrollToIndex(index, { align: "auto" }));
  activeIndexRef.current = focus.activeIndex;

  if (rows.length === 0) return <Body1 className={styles.empty}>{t("noFindings")}</Body1>;

  const toggleInfos = (section: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(section)) next.add(section);
      return next;
    });

  const cells = (row: ListRow) => {
    switch (row.kind) {
      case "range":
        return (
          <div role="gridcell" className={styles.cellWide}>
            <RangeHeading t={t} lang={lang} group={row.group} className={styles.heading} captionClassName={styles.where} />
          </div>
        );
      case "program":
        return (
          <div role="gridcell" className={styles.cellWide}>
            <h3 className={styles.program}>{row.label}</h3>
          </div>
        );
      case "infos":
        return (
          <div role="gridcell" className={styles.cellWide}>
            <Button
              data-focus-target
              tabIndex={row.key === focus.activeKey ? 0 : -1}
              appearance="transparent"
              className={styles.toggle}
              aria-expanded={row.expanded}
              onClick={() => toggleInfos(row.section)}
            >
              {counted(t, row.expanded ? "hideInfos" : "showInfos", row.count)}
            </Button>
          </div>
        );
      case "finding":
        return (
          <FindingRow
            t={t}
            finding={row.finding}
            active={row.key === focus.activeKey}
            accepting={accepting === row.key}
            onSelect={onSelect}
            onAccept={onAccept}
            onAccepting={(on) => setAccepting(on ? row.key : undefined)}
          />
        );
    }
  };

  return (
    <div
      ref={viewport}
      role="grid"
      aria-label={t("findings")}
      aria-rowcount={rows.length}
      className={styles.viewport}
      onKeyDown={focus.onKeyDown}
      onFocus={focus.onFocus}
      onBlur={focus.onBlur}
    >
      <div role="rowgroup" className={styles.rows} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              role="row"
              aria-rowindex={item.index + 1}
              data-index={item.index}
              data-row-key={row.key}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {cells(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function RangeHeading({ t, lang, group, className, captionClassName }: { t: PaneText; lang: Lang; group: FindingGroup<FindingEntry>; className: string; captionClassName: string }) {
  const { range } = group;
  const sheet = range?.sheet || (group.findings[0] ?? group.programs[0].findings[0]).finding.sheet;
  return (
    <h2 className={className}>
      <Subtitle2>{group.name}</Subtitle2>
      <Caption1 className={captionClassName}>
        {[range && (isTableKind(range.kind) ? kindCaptions(lang)[range.kind] : range.kind), sheet, range?.unit && unitCaption(t, lang, range.unit)]
          .filter(Boolean)
          .join(" · ")}
      </Caption1>
    </h2>
  );
}

/** The indexes to draw, with `index` among them in order (a virtual list's range extractor). */
function withIndex(indexes: number[], index: number): number[] {
  if (index < 0 || indexes.includes(index)) return indexes;
  const at = indexes.findIndex((i) => i > index);
  indexes.splice(at < 0 ? indexes.length : at, 0, index);
  return indexes;
}
