/**
 * A promise that resolves in a later task of the event loop (a MessageChannel message: no setTimeout clamping),
 * or at once where there is no MessageChannel. Shared by the pane's pacing, which gives the thread back, and the
 * in-memory Excel host, whose answers arrive as Excel's do, in a task of their own. Uses only the web platform's
 * global, which browsers and Node alike have.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
