import { Button, Checkbox, Field, Input, makeStyles, Select, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import type { Lang } from "../../core/finding";
import type { PaneSettings } from "../host";
import type { PaneText } from "../messages/pane-text";
import { MAX_APPROVALS } from "../../core/summary/sections/header";
import { approvalRoles, isDueWithinMonths, isTolerance, MAX_DUE_WITHIN_MONTHS } from "../settings";
import { RuleLevels } from "./RuleLevels";

export interface SettingsPanelProps {
  readonly id: string;
  readonly t: PaneText;
  readonly settings: PaneSettings;
  /** The pane's language now, for the rules' descriptions. */
  readonly lang: Lang;
  readonly onSave: (settings: PaneSettings) => void;
  readonly onClose: () => void;
}

/** Languages are offered in their own words, whatever the pane's language. */
const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { ko: "한국어", en: "English" };

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/**
 * As-of date, due-soon window, language, tolerance, the live re-check, rule severities, and the summary's department and 결재란, saved together; Escape closes the panel
 * without saving. Inline rather than a dialog: the pane is narrow and the results stay in view.
 */
export function SettingsPanel({ id, t, settings, lang: paneLang, onSave, onClose }: SettingsPanelProps) {
  const styles = useStyles();
  const [asOf, setAsOf] = useState(settings.asOf ?? "");
  const [dueWithin, setDueWithin] = useState(String(settings.dueWithinMonths));
  const [lang, setLang] = useState(settings.lang);
  const [tolerance, setTolerance] = useState(String(settings.tolerance));
  const [rules, setRules] = useState(settings.rules ?? {});
  const [liveRecheck, setLiveRecheck] = useState(settings.liveRecheck !== false);
  const [department, setDepartment] = useState(settings.department ?? "");
  const [withApprovals, setWithApprovals] = useState(settings.approvals?.length !== 0);
  const [roles, setRoles] = useState(settings.approvals?.join(", ") ?? "");
  const dueWithinOk = /^\d+$/.test(dueWithin.trim()) && isDueWithinMonths(Number(dueWithin));
  const toleranceOk = tolerance.trim() !== "" && isTolerance(Number(tolerance));
  const chosenRoles = approvalRoles(roles);
  const rolesOk = !withApprovals || chosenRoles !== null;
  const valid = dueWithinOk && toleranceOk && rolesOk;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    // Rules go along once any was set, so that setting the last one back to its default is saved too.
    const withRules = settings.rules !== undefined || Object.keys(rules).length > 0;
    // No roles typed: the language's own 담당 · 팀장 · 과장, left unsaved so they follow the summary's language.
    const approvals = withApprovals ? (chosenRoles?.length ? chosenRoles : undefined) : [];
    onSave({
      asOf: asOf || undefined,
      dueWithinMonths: Number(dueWithin),
      lang,
      tolerance: Number(tolerance),
      liveRecheck,
      ...(withRules && { rules }),
      ...(department.trim() && { department: department.trim() }),
      ...(approvals && { approvals }),
    });
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape") onClose();
  };

  return (
    <form id={id} className={styles.panel} aria-labelledby={`${id}-title`} onSubmit={submit} onKeyDown={closeOnEscape}>
      <Subtitle2 as="h2" id={`${id}-title`} className={styles.title}>
        {t("settings")}
      </Subtitle2>
      <Field label={t("asOfLabel")} hint={t("asOfHint")}>
        <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} autoFocus />
      </Field>
      <Field
        label={t("dueWithinLabel")}
        validationState={dueWithinOk ? "none" : "error"}
        validationMessage={dueWithinOk ? undefined : t("dueWithinInvalid", { max: MAX_DUE_WITHIN_MONTHS })}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_DUE_WITHIN_MONTHS}
          value={dueWithin}
          onChange={(_, data) => setDueWithin(data.value)}
        />
      </Field>
      <Field label={t("langLabel")}>
        <Select value={lang} onChange={(_, data) => setLang(data.value as PaneSettings["lang"])}>
          <option value="auto">{t("langAuto")}</option>
          <option value="ko">{LANGUAGE_NAMES.ko}</option>
          <option value="en">{LANGUAGE_NAMES.en}</option>
        </Select>
      </Field>
      <Field
        label={t("toleranceLabel")}
        validationState={toleranceOk ? "none" : "error"}
        validationMessage={toleranceOk ? undefined : t("toleranceInvalid")}
      >
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={tolerance}
          onChange={(_, data) => setTolerance(data.value)}
        />
      </Field>
      <RuleLevels t={t} lang={paneLang} rules={rules} onChange={setRules} />
      <Field hint={t("liveRecheckHint")}>
        <Switch label={t("liveRecheckLabel")} checked={liveRecheck} onChange={(_, data) => setLiveRecheck(data.checked)} />
      </Field>
      <Field label={t("departmentLabel")} hint={t("departmentHint")}>
        <Input value={department} onChange={(_, data) => setDepartment(data.value)} />
      </Field>
      <Checkbox label={t("approvalsSwitch")} checked={withApprovals} onChange={(_, data) => setWithApprovals(data.checked === true)} />
      {withApprovals && (
        <Field
          label={t("approvalsLabel")}
          hint={rolesOk ? t("approvalsHint") : undefined}
          validationState={rolesOk ? "none" : "error"}
          validationMessage={rolesOk ? undefined : t("approvalsInvalid", { max: MAX_APPROVALS })}
        >
          <Input value={roles} onChange={(_, data) => setRoles(data.value)} />
        </Field>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={!valid}>
          {t("save")}
        </Button>
        <Button onClick={onClose}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
