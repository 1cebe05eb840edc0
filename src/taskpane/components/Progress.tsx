import { Spinner } from "@fluentui/react-components";

/** The running action, announced politely; the region stays mounted so screen readers hear it appear. */
export function Progress({ label }: { readonly label: string | null }) {
  return <div role="status" aria-live="polite">{label && <Spinner size="tiny" labelPosition="after" label={label} />}</div>;
}
