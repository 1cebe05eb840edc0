import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/finding";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

/** Decorative: the severity's word sits beside it for screen readers. Shape and colour both tell it apart. */
export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return <Icon className={styles[severity]} aria-hidden="true" />;
}
