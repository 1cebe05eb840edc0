import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { createPaneStore } from "../../src/taskpane/state/store";
import type { FakeHost } from "./fake-host";
import { stubListLayout } from "./list-layout";

// The list is drawn in a deferred render after the counts: on a machine shared with other work (CI has two cores)
// it can come later than the library's default second, so `findBy…` waits longer before calling it missing.
configure({ asyncUtilTimeout: 10_000 });

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
