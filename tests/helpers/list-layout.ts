/**
 * jsdom lays nothing out (every height is 0), so a virtual list would think its viewport empty. This gives the
 * findings grid a viewport and each of its rows a height, so the list draws what a pane of that size would.
 */
export const LIST_VIEWPORT = 600;
export const LIST_ROW = 30;

let stubbed = false;

export function stubListLayout(): void {
  if (stubbed) return;
  stubbed = true;
  const sized = (element: Element, size: number) => (element.getAttribute("role") === "grid" ? size : 0);
  jest.spyOn(Element.prototype, "clientHeight", "get").mockImplementation(function (this: Element) {
    return sized(this, LIST_VIEWPORT);
  });
  jest.spyOn(Element.prototype, "clientWidth", "get").mockImplementation(function (this: Element) {
    return sized(this, 350);
  });
  jest.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.getAttribute("role") === "row" ? LIST_ROW : 0;
  });
}
