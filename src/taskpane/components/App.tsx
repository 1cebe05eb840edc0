import { Body1, makeStaticStyles, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { PaneSettings } from "../host";
import { paneText } from "../messages/pane-text";
import { detectedRanges } from "../state/detected-ranges";
import type { PaneStore } from "../state/store";
import { usePaneState } from "../state/use-pane-state";
import { AcceptedList } from "./AcceptedList";
import { ActionBar } from "./ActionBar";
import { ContextLine } from "./ContextLine";
import { FindingList } from "./FindingList";
import { Header } from "./Header";
import { NoNamesState } from "./NoNamesState";
import { Notice } from "./Notice";
import { Progress } from "./Progress";
import { ResultHeader } from "./ResultHeader";
import { SettingsPanel } from "./SettingsPanel";
import { SetupView } from "./SetupView";
import { progressText } from "../state/progress-text";
import { StampLine } from "./StampLine";

// Through Griffel rather than a <style> in taskpane.html, which the page's Content-Security-Policy would refuse.
const usePageStyles = makeStaticStyles({ "html, body": { margin: 0, padding: 0 } });

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    // A fixed height, so the findings list is the part that scrolls (and only its rows in view are drawn).
    height: "100vh",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

export function App({ store }: { readonly store: PaneStore }) {
  usePageStyles();
  const styles = useStyles();
  const state = usePaneState(store);
  const t = paneText(state.lang);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const setupButton = useRef<HTMLButtonElement>(null);
  // Back from Set up, the focus returns to the button that opened it, once the result shows it again.
  const focusSetupButton = useRef(false);
  const settingsPanelId = useId("settings");
  // The counts are drawn first; the list follows once its order is made (in pieces, by the store).
  const { outcome, listed, settings, view } = state;
  const settingsOpen = view === "settings";
  const detected = detectedRanges(outcome);
  const canName = store.canDefineName || store.canNameSelection;
  const setupOffer = { buttonRef: setupButton, onOpen: store.openSetup };

  useEffect(() => {
    void store.load();
  }, [store]);
  useEffect(() => store.startLive(), [store]);
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);
  useEffect(() => {
    if (view !== "findings" || !focusSetupButton.current) return;
    focusSetupButton.current = false;
    setupButton.current?.focus();
  }, [view]);

  const closeSettings = () => {
    store.showFindings();
    settingsButton.current?.focus();
  };
  const closeSetup = () => {
    focusSetupButton.current = true;
    store.showFindings();
  };
  const saveSettings = (next: PaneSettings) => {
    closeSettings();
    void store.saveSettings(next);
  };
  const asOf = outcome?.kind === "checked" ? outcome.asOf : (settings.asOf ?? t("asOfAuto"));
  const fromToday = outcome?.kind === "checked" && outcome.asOfSource === "today";
  const progress = { validate: t("validating"), generate: t("generating"), name: t("naming") };
  const listing = listed?.outcome !== outcome && outcome?.kind === "checked" ? progressText(t, { step: "list", findings: outcome.findings.length }) : null;
  const busyLabel = state.busy ? (state.progress ? progressText(t, state.progress) : progress[state.busy]) : listing;

  return (
    <main className={styles.root} aria-busy={state.busy !== null}>
      <Header title={t("title")} />
      <ActionBar
        t={t}
        busy={state.busy !== null}
        settingsOpen={settingsOpen}
        settingsPanelId={settingsPanelId}
        settingsButtonRef={settingsButton}
        onValidate={() => void store.validate()}
        onGenerate={() => void store.generateSummary()}
        onToggleSettings={() => (settingsOpen ? closeSettings() : store.openSettings())}
      />
      {settingsOpen && (
        <SettingsPanel id={settingsPanelId} t={t} settings={settings} lang={state.lang} onSave={saveSettings} onClose={closeSettings} />
      )}
      <ContextLine t={t} asOf={asOf} fromToday={fromToday} months={settings.dueWithinMonths} />
      <Progress label={busyLabel} />
      {state.notice && <Notice t={t} lang={state.lang} notice={state.notice} onDismiss={store.dismissNotice} />}
      {outcome === undefined && <Body1 className={styles.intro}>{t("intro")}</Body1>}
      {view === "setup" && outcome && (
        <SetupView
          t={t}
          lang={state.lang}
          detected={detected}
          busy={state.busy !== null}
          onSelect={(range) => void store.selectRange(range)}
          onDefine={store.canDefineName ? (range) => void store.defineName(range) : undefined}
          onNameSelection={store.canNameSelection ? (kind) => void store.nameSelection(kind) : undefined}
          onBack={closeSetup}
        />
      )}
      {view !== "setup" && outcome?.kind === "no-names" && (
        <NoNamesState
          t={t}
          namesLookedFor={outcome.namesLookedFor}
          setup={store.canNameSelection ? setupOffer : undefined}
        />
      )}
      {view !== "setup" && outcome?.kind === "checked" && (
        <>
          <ResultHeader
            t={t}
            counts={outcome.counts}
            rangeCount={outcome.ranges.length - detected.length}
            detectedCount={detected.length}
            setup={canName ? setupOffer : undefined}
            filter={state.filter}
            onToggle={store.toggleSeverity}
          />
          {outcome.stamp && <StampLine t={t} stamp={outcome.stamp} />}
          {listed && (
            <FindingList
              t={t}
              lang={state.lang}
              ordered={listed.ordered}
              filter={state.filter}
              onSelect={(f) => void store.selectFinding(f)}
              onAccept={store.canAccept ? (f, reason) => void store.acceptFinding(f, reason) : undefined}
            />
          )}
          <AcceptedList t={t} accepted={outcome.accepted ?? []} />
        </>
      )}
    </main>
  );
}
