/// <reference types="office-js" />
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { sharedStore } from "./state/shared";
import { themeFor } from "./theme";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={themeFor(Office.context.officeTheme)}>
      <App store={sharedStore()} />
    </FluentProvider>,
  );
});
