import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import type { FakeWorkbook } from "../../fake-excel/model";
import { displayText } from "../../fake-excel/number-text";
import { selectionOn } from "./grid-model";
import { SheetGrid } from "./SheetGrid";

export interface WorkbookViewProps {
  readonly workbook: FakeWorkbook;
  readonly revision: number;
  /** After the page changed the workbook's active sheet or selection. */
  readonly onChange: () => void;
  /** The user typed into the selected cell: Enter in the formula bar. */
  readonly onEdit: (sheet: string, address: string, text: string) => void;
}

const useStyles = makeStyles({
  view: { display: "grid", gridTemplateRows: "auto 1fr auto", minHeight: 0, height: "100%" },
  formulaBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
  },
  nameBox: {
    minWidth: "120px",
    padding: `2px ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: tokens.fontFamilyMonospace,
  },
  fx: { color: tokens.colorNeutralForeground3, fontStyle: "italic", fontFamily: "serif" },
  content: {
    flexGrow: 1,
    minWidth: 0,
    border: "none",
    padding: "2px",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontSize: "inherit",
    fontFamily: tokens.fontFamilyMonospace,
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowX: "auto",
  },
});

/** The workbook as Excel shows it: name box and formula bar, the active sheet's grid, and the sheet tabs. */
export function WorkbookView({ workbook, revision, onChange, onEdit }: WorkbookViewProps) {
  const styles = useStyles();
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
  const sheet = visible.find((s) => s.name === workbook.activeSheet) ?? visible[0];
  if (sheet === undefined) return null;
  const selection = selectionOn(workbook, sheet);
  const anchorAddress = workbook.selection.address.split(":")[0].replace(/\$/g, "");
  const anchor = selection && sheet.cells[anchorAddress];
  const shown = anchor?.formula ?? (anchor?.value === undefined ? "" : formulaBarText(anchor.value, anchor.numberFormat));

  const activate = (name: string) => {
    workbook.activeSheet = name;
    workbook.selection = { sheet: name, address: "A1" };
    onChange();
  };
  const select = (name: string, address: string) => {
    workbook.activeSheet = name;
    workbook.selection = { sheet: name, address };
    onChange();
  };
  const followLink = (reference: string) => {
    const target = parseReference(reference);
    const found = target && workbook.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
    if (target && found) select(found.name, target.address);
  };

  return (
    <div className={styles.view}>
      <div className={styles.formulaBar}>
        <span className={styles.nameBox} aria-label="이름 상자" data-testid="name-box">
          {selection ? workbook.selection.address : ""}
        </span>
        <span className={styles.fx} aria-hidden>
          fx
        </span>
        {selection ? (
          <FormulaBar
            key={`${sheet.name}!${anchorAddress}@${revision}`}
            className={styles.content}
            text={shown}
            onEnter={(text) => onEdit(sheet.name, anchorAddress, text)}
          />
        ) : null}
      </div>
      <SheetGrid
        sheet={sheet}
        selection={selection}
        revision={revision}
        onSelect={(address) => select(sheet.name, address)}
        onFollowLink={followLink}
      />
      <TabList
        className={styles.tabs}
        size="small"
        aria-label="시트"
        selectedValue={sheet.name}
        onTabSelect={(_, data) => activate(String(data.value))}
      >
        {visible.map((s) => (
          <Tab key={s.id} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}

/**
 * The selected cell's content, editable: Enter types it into the cell as a user would in Excel (one change
 * event), Escape puts back what the cell holds. Keyed on the cell and the workbook's revision, so it starts
 * from the cell's content whenever either changes.
 */
function FormulaBar({ className, text, onEnter }: { className: string; text: string; onEnter: (text: string) => void }) {
  const [draft, setDraft] = useState(text);
  const keys = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") onEnter(draft);
    else if (event.key === "Escape") setDraft(text);
  };
  return <input className={className} aria-label="수식 입력줄" value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={keys} />;
}

/** Numbers plain (as Excel's formula bar shows them), dates as dates, text as typed. */
function formulaBarText(value: Parameters<typeof displayText>[0], format?: string): string {
  return typeof value === "number" && !/[ymd]/i.test(format ?? "") ? String(value) : displayText(value, format);
}

/** `'사업별 예산'!C4` or `예산!$B$4` as a sheet and an address. */
function parseReference(reference: string): { sheet: string; address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: match[1]?.replace(/''/g, "'") ?? match[2], address: match[3].replace(/\$/g, "").toUpperCase() };
}
