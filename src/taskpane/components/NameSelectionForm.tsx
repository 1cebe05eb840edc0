import { Body1, Button, Field, makeStyles, Select, Subtitle2, tokens, useId } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { Lang } from "../../core/finding";
import { kindCaptions, kindOf, TABLE_KINDS, type TableKind } from "../../core/kinds";
import type { PaneText } from "../messages/pane-text";

export interface NameSelectionFormProps {
  readonly t: PaneText;
  readonly lang: Lang;
  readonly busy: boolean;
  readonly onName: (kind: TableKind) => void;
}

/** The kinds a selection can be named as: those read under a header (a one-cell kind is a cell, not a table). */
const TABLES: readonly TableKind[] = TABLE_KINDS.filter((id) => kindOf(id).header !== null);

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", alignItems: "start", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  field: { alignSelf: "stretch" },
});

/** "Name the selection as a [kind] table": the table the user selected in the sheet, as the kind chosen. */
export function NameSelectionForm({ t, lang, busy, onName }: NameSelectionFormProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<TableKind>(TABLES[0]);
  const captions = kindCaptions(lang);
  const titleId = useId("name-selection");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onName(kind);
  };

  return (
    <form className={styles.form} aria-labelledby={titleId} onSubmit={submit}>
      <Subtitle2 as="h3" id={titleId} className={styles.title}>
        {t("selectionTitle")}
      </Subtitle2>
      <Body1 className={styles.hint}>{t("selectionHint")}</Body1>
      <Field className={styles.field} label={t("kindLabel")}>
        <Select value={kind} onChange={(_, data) => setKind(data.value as TableKind)}>
          {TABLES.map((id) => (
            <option key={id} value={id}>
              {captions[id]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabledFocusable={busy}>
        {t("nameSelection", { kind: kindOf(kind).labels.qualifier[lang] })}
      </Button>
    </form>
  );
}
