import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, type CSSProperties } from "react";
import type { CellRect } from "../../core/address";
import type { FakeBorder, FakeCell, FakeSheet } from "../../fake-excel/model";
import { MAX_ROWS, sheetGrid } from "./grid-model";

export interface SheetGridProps {
  readonly sheet: FakeSheet;
  readonly selection?: CellRect;
  /** Changes whenever the workbook did, so the grid redraws the mutable model. */
  readonly revision: number;
  readonly onSelect: (address: string) => void;
  readonly onFollowLink: (reference: string) => void;
}

const EXCEL_GREEN = "#217346";
const GRIDLINE = "#E1E1E1";

const useStyles = makeStyles({
  scroller: { overflow: "auto", height: "100%", backgroundColor: "#FFFFFF", position: "relative" },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "'Malgun Gothic', '맑은 고딕', 'Apple SD Gothic Neo', 'Noto Sans KR', NanumGothic, sans-serif",
    fontSize: "11pt",
    color: "#000000",
  },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3 },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: "9pt",
    fontWeight: "normal",
    textAlign: "center",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    height: "20px",
    padding: 0,
  },
  rowHeader: { position: "sticky", left: 0, zIndex: 1, top: "auto", width: "40px" },
  headerSelected: { backgroundColor: "#D2D2D2", color: EXCEL_GREEN, fontWeight: "bold", borderBottomColor: EXCEL_GREEN },
  rowHeaderSelected: { borderRightColor: EXCEL_GREEN, borderRightWidth: "2px" },
  cell: {
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    padding: "0 3px",
    overflow: "hidden",
    textOverflow: "clip",
    cursor: "cell",
    boxSizing: "border-box",
  },
  inSelection: { backgroundColor: "rgba(33, 115, 70, 0.12)" },
  anchor: { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: "-2px" },
  link: { color: "#0563C1", textDecorationLine: "underline", cursor: "pointer" },
  leftOut: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
});

/** One sheet as a table: column letters, row numbers, cells as their formats show them, the selection outlined. */
export function SheetGrid({ sheet, selection, revision, onSelect, onFollowLink }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // The model mutates in place: `revision` says when it changed.
  const grid = useMemo(() => sheetGrid(sheet, selection), [sheet, selection, revision]);
  const anchor = selection && `${selection.top}:${selection.left}`;

  useEffect(() => {
    scroller.current?.querySelector("[data-anchor]")?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [sheet, anchor, revision]);

  const within = (row: number, col: number) =>
    selection !== undefined && row >= selection.top && row <= selection.bottom && col >= selection.left && col <= selection.right;

  return (
    <div ref={scroller} className={styles.scroller}>
      <table className={styles.table} aria-label={`${sheet.name} 시트`} aria-rowcount={grid.rows.length}>
        <colgroup>
          <col style={{ width: 40 }} />
          {grid.columns.map((column) => (
            <col key={column.letter} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={mergeClasses(styles.header, styles.corner)} aria-hidden />
            {grid.columns.map((column, c) => (
              <th
                key={column.letter}
                scope="col"
                className={mergeClasses(
                  styles.header,
                  selection && c >= selection.left && c <= selection.right && styles.headerSelected,
                )}
              >
                {column.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => {
            const rowSelected = selection !== undefined && row.index >= selection.top && row.index <= selection.bottom;
            return (
              <tr key={row.index} style={{ height: row.height }}>
                <th
                  scope="row"
                  className={mergeClasses(
                    styles.header,
                    styles.rowHeader,
                    rowSelected && styles.headerSelected,
                    rowSelected && styles.rowHeaderSelected,
                  )}
                >
                  {row.index + 1}
                </th>
                {row.cells.map((cell) => {
                  const col = cell.column;
                  const isAnchor = selection !== undefined && row.index === selection.top && col === selection.left;
                  const link = cell.cell?.hyperlink?.documentReference;
                  return (
                    <td
                      key={cell.address}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      className={mergeClasses(
                        styles.cell,
                        within(row.index, col) && !isAnchor && styles.inSelection,
                        isAnchor && styles.anchor,
                        link && styles.link,
                      )}
                      style={cellStyle(cell.cell, cell.align)}
                      data-address={cell.address}
                      data-anchor={isAnchor || undefined}
                      aria-selected={within(row.index, col) || undefined}
                      onClick={() => (link ? onFollowLink(link) : onSelect(cell.address))}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {grid.rowsLeftOut > 0 && (
        <p
          className={styles.leftOut}
        >{`처음 ${MAX_ROWS.toLocaleString("ko-KR")}행만 표시합니다 (${grid.rowsLeftOut.toLocaleString("ko-KR")}행 더 있음).`}</p>
      )}
    </div>
  );
}

const HORIZONTAL: Record<string, CSSProperties["textAlign"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  CenterAcrossSelection: "center",
  Distributed: "justify",
};
const VERTICAL: Record<string, CSSProperties["verticalAlign"]> = { Top: "top", Center: "middle", Bottom: "bottom" };

/** The cell's own formats: fill, font, borders, alignment, wrapping. */
function cellStyle(cell: FakeCell | undefined, align: "left" | "center" | "right"): CSSProperties {
  const format = cell?.format;
  const font = format?.font;
  const borders = format?.borders;
  return {
    textAlign: HORIZONTAL[format?.horizontalAlignment ?? ""] ?? align,
    verticalAlign: VERTICAL[format?.verticalAlignment ?? ""] ?? "bottom",
    whiteSpace: format?.wrapText ? "pre-wrap" : "pre",
    backgroundColor: format?.fill,
    fontWeight: font?.bold ? "bold" : undefined,
    fontStyle: font?.italic ? "italic" : undefined,
    textDecorationLine: font?.underline && font.underline !== "None" ? "underline" : undefined,
    color: font?.color,
    fontSize: font?.size ? `${font.size}pt` : undefined,
    borderTop: border(borders?.EdgeTop),
    borderBottom: border(borders?.EdgeBottom),
    borderLeft: border(borders?.EdgeLeft),
    borderRight: border(borders?.EdgeRight),
  };
}

const WIDTH: Record<string, string> = { Hairline: "1px", Thin: "1px", Medium: "2px", Thick: "3px" };
const STYLE: Record<string, string> = { Continuous: "solid", Dash: "dashed", Dot: "dotted", Double: "double" };

function border(edge: FakeBorder | undefined): string | undefined {
  return (
    edge && `${edge.style === "Double" ? "3px" : (WIDTH[edge.weight] ?? "1px")} ${STYLE[edge.style] ?? "solid"} ${edge.color}`
  );
}
