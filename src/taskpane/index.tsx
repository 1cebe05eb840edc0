/// <reference types="office-js" />
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { registerCommands } from "../commands/register";
import { App } from "./components/App";
import { sharedStore } from "./state/shared";
import { themeFor } from "./theme";

Office.onReady(() => {
  const store = sharedStore();
  // In the shared runtime this page is also the ribbon's function file: the buttons act on the store shown here.
  registerCommands(Office, store);
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={themeFor(Office.context.officeTheme)}>
      <App store={store} />
    </FluentProvider>,
  );
});
