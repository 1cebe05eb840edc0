import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { StampStatus } from "../host";
import type { PaneText } from "../messages/pane-text";

const useStyles = makeStyles({
  unchanged: { color: tokens.colorPaletteGreenForeground1 },
  changed: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The workbook's validation stamp: when, and whether the data changed since. */
export function StampLine({ t, stamp }: { readonly t: PaneText; readonly stamp: StampStatus }) {
  const styles = useStyles();
  const when = localTime(stamp.when);
  return (
    <Caption1 role="status" className={stamp.unchanged ? styles.unchanged : styles.changed}>
      {stamp.unchanged ? t("stampUnchanged", { when }) : t("stampChanged", { when, names: stamp.changed.join(", ") })}
    </Caption1>
  );
}

/** `2026-11-25 15:20` in the user's time zone: the stamp keeps UTC, the reader thinks in local time. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
