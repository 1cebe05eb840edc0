import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { createPaneStore } from "../../src/taskpane/state/store";
import type { FakeHost } from "./fake-host";
import { stubListLayout } from "./list-layout";

/** The pane as index.tsx mounts it, on a fake host. */
export function renderPane(host: FakeHost) {
  stubListLayout();
  const store = createPaneStore(host);
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App store={store} />
    </FluentProvider>,
  );
  return { store, user, ...view };
}
