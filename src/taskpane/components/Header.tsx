import { makeStyles, Title3, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: { paddingBlockEnd: tokens.spacingVerticalS },
});

export function Header({ title }: { readonly title: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1">{title}</Title3>
    </header>
  );
}
