import { Button } from "@fluentui/react-components";
import { TableSettings20Regular } from "@fluentui/react-icons";
import type { Ref } from "react";
import type { PaneText } from "../messages/pane-text";

/** Where the pane offers the Set up view: the button's ref (focus comes back to it) and what opens the view. */
export interface SetupOffer {
  readonly buttonRef: Ref<HTMLButtonElement>;
  readonly onOpen: () => void;
}

/** Opens the Set up view, where found tables and the selection are named. */
export function SetupButton({ t, buttonRef, onOpen }: SetupOffer & { readonly t: PaneText }) {
  return (
    <Button ref={buttonRef} size="small" icon={<TableSettings20Regular />} onClick={onOpen}>
      {t("setup")}
    </Button>
  );
}
