/** The preview page (`npm run preview`): see PreviewApp. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { SAMPLE, type PreviewWindow } from "../protocol";
import { fetchBytes, PreviewApp } from "./PreviewApp";
import { createPreviewStore } from "./preview-store";

// Before the pane's iframe exists: its shim asks this page for the workbook as it loads.
const store = createPreviewStore(window as PreviewWindow);
store.open(SAMPLE.name, fetchBytes(SAMPLE.url));

createRoot(document.getElementById("preview")!).render(
  <FluentProvider theme={webLightTheme}>
    <PreviewApp store={store} />
  </FluentProvider>,
);
