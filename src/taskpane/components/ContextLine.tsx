import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  line: { color: tokens.colorNeutralForeground2 },
});

/** "기준일 2018-09-30 · 교체 예정 12개월": what the next (or last) validation speaks for. */
export function ContextLine({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <Caption1 as="p" className={styles.line}>
      {text}
    </Caption1>
  );
}
