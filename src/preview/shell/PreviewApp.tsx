import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { ArrowReset20Regular, CheckmarkCircle20Regular, FolderOpen20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import { useRef, useState, useSyncExternalStore, type DragEvent } from "react";
import { SAMPLE, type ShimWindow } from "../protocol";
import type { PreviewStore } from "./preview-store";
import { WorkbookView } from "./WorkbookView";

const PANE_WIDTH = 350;

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto auto 1fr",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: "#217346",
    color: "#FFFFFF",
  },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  hint: { color: "#E5F1EA" },
  file: {
    fontFamily: tokens.fontFamilyMonospace,
    color: "#FFFFFF",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  ribbon: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  ribbonTab: {
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: "2px solid #217346",
    marginInlineEnd: tokens.spacingHorizontalM,
  },
  group: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  groupName: { color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalXS },
  body: { display: "grid", gridTemplateColumns: `1fr ${PANE_WIDTH}px`, minHeight: 0 },
  sheet: { minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column" },
  centered: { margin: "auto", padding: tokens.spacingHorizontalXXL },
  pane: {
    display: "grid",
    gridTemplateRows: "auto 1fr",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: 0,
  },
  paneTitle: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  frame: { border: "none", width: `${PANE_WIDTH}px`, height: "100%" },
  drop: {
    position: "fixed",
    inset: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(33, 115, 70, 0.85)",
    color: "#FFFFFF",
    fontSize: tokens.fontSizeBase500,
    zIndex: 10,
  },
  hidden: { display: "none" },
});

/**
 * The preview: a workbook (the sample, or an .xlsx the person drops or picks) in a grid like Excel's, the
 * built task pane beside it, and the ribbon's two buttons. The file never leaves the browser.
 */
export function PreviewApp({ store }: { readonly store: PreviewStore }) {
  const styles = useStyles();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const frame = useRef<HTMLIFrameElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const openFile = (file: File | undefined) => file && store.open(file.name, file.arrayBuffer());
  const openSample = () => store.open(SAMPLE.name, fetchBytes(SAMPLE.url));
  const ribbon = (id: string) => () =>
    (frame.current?.contentWindow as ShimWindow | null)?.budgetCheckActions?.get(id)?.({ completed: () => undefined });
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={styles.page}
      onDragEnter={(event) => event.dataTransfer.types.includes("Files") && setDragging(true)}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <header className={styles.header}>
        <div className={styles.titles}>
          <Subtitle1 as="h1">예산·자산 점검 미리 보기</Subtitle1>
          <Caption1 className={styles.hint}>
            Excel 없이 추가 기능을 써 보는 화면입니다. .xlsx 파일을 이 창에 끌어다 놓거나 [통합 문서 열기]로 고르십시오. 파일은 이
            브라우저 밖으로 나가지 않습니다.
          </Caption1>
        </div>
        {state.fileName && (
          <Body1 className={styles.file} title={state.fileName}>
            {state.fileName}
          </Body1>
        )}
        <Button icon={<FolderOpen20Regular />} onClick={() => picker.current?.click()}>
          통합 문서 열기…
        </Button>
        <Button appearance="subtle" icon={<ArrowReset20Regular />} style={{ color: "#FFFFFF" }} onClick={openSample}>
          표본 통합 문서
        </Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="통합 문서 파일"
          onChange={(event) => {
            openFile(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
      </header>
      <div className={styles.ribbon} role="toolbar" aria-label="리본 메뉴">
        <span className={styles.ribbonTab}>홈</span>
        <div className={styles.group} role="group" aria-label="예산·자산 점검">
          <Caption1 className={styles.groupName}>예산·자산 점검</Caption1>
          <Button size="small" appearance="subtle" icon={<CheckmarkCircle20Regular />} onClick={ribbon("validate")}>
            검증
          </Button>
          <Button size="small" appearance="subtle" icon={<TableAdd20Regular />} onClick={ribbon("generateSummary")}>
            요약 시트 만들기
          </Button>
        </div>
      </div>
      <div className={styles.body}>
        <main className={styles.sheet} aria-label="통합 문서">
          {state.error ? (
            <MessageBar intent="error" className={styles.centered}>
              <MessageBarBody>
                <MessageBarTitle>통합 문서를 열지 못했습니다</MessageBarTitle>
                {state.error}
              </MessageBarBody>
            </MessageBar>
          ) : state.workbook ? (
            <WorkbookView workbook={state.workbook} revision={state.revision} onChange={store.changed} onEdit={store.editCell} />
          ) : (
            <Spinner className={styles.centered} label="통합 문서를 여는 중입니다…" />
          )}
        </main>
        <aside className={styles.pane} aria-label="작업창">
          <div className={styles.paneTitle}>예산·자산 점검</div>
          <iframe key={state.session} ref={frame} className={styles.frame} src="/taskpane.html" title="예산·자산 점검 작업창" />
        </aside>
      </div>
      {dragging && (
        <div className={styles.drop} onDragLeave={() => setDragging(false)}>
          여기에 놓으면 .xlsx 통합 문서를 엽니다
        </div>
      )}
    </div>
  );
}

export async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}
