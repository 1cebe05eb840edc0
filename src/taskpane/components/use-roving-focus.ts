import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from "react";
import { followKey, isFocusable, type ListRow } from "../state/finding-rows";

export interface RovingFocus {
  /** The row holding the list's one tab stop. */
  readonly activeKey: string | undefined;
  readonly activeIndex: number;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
}

const FOCUS_TARGET = "[data-focus-target]";

/**
 * One tab stop for the whole list (the roving tabindex pattern): arrow keys move between findings, Home and End
 * jump to the first and last, ArrowRight reaches a finding's accept button and ArrowLeft comes back. The focus
 * follows its row's key when the rows change (a filter, a new result); if that row is gone, the next one takes it.
 * `reveal` scrolls a row into the viewport, which the virtual list must keep the active row drawn in.
 */
export function useRovingFocus(rows: readonly ListRow[], viewport: RefObject<HTMLElement | null>, reveal: (index: number) => void): RovingFocus {
  const [focus, setFocus] = useState<{ rows: readonly ListRow[]; key: string | undefined }>(() => ({ rows, key: followKey([], rows, undefined) }));
  // The list had the focus: it moves with its row, and comes back when that row's element is gone.
  const within = useRef(false);
  const wanted = useRef(false);
  let key = focus.key;
  if (focus.rows !== rows) {
    key = followKey(focus.rows, rows, focus.key);
    setFocus({ rows, key });
  }
  const activeIndex = key === undefined ? -1 : rows.findIndex((row) => row.key === key);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || !(wanted.current || (within.current && !element.contains(document.activeElement)))) return;
    const target = Array.from(element.querySelectorAll<HTMLElement>("[data-row-key]")).find((row) => row.dataset.rowKey === key);
    target?.querySelector<HTMLElement>(FOCUS_TARGET)?.focus({ preventScroll: true });
    wanted.current = false;
  });

  const moveTo = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    wanted.current = true;
    setFocus({ rows, key: rows[index].key });
    reveal(index);
  };
  const step = (from: number, by: 1 | -1) => {
    for (let i = from + by; i >= 0 && i < rows.length; i += by) if (isFocusable(rows[i])) return i;
    return -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>("[data-row-key]");
    if (!row) return;
    const onEntry = target.matches(FOCUS_TARGET);
    const onAccept = target.matches("[data-accept]");
    if (!onEntry && !onAccept) return;
    const at = rows.findIndex((r) => r.key === row.dataset.rowKey);
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(step(at, 1)),
      ArrowUp: () => moveTo(step(at, -1)),
      Home: () => moveTo(step(-1, 1)),
      End: () => moveTo(step(rows.length, -1)),
      ArrowRight: () => row.querySelector<HTMLElement>("[data-accept]")?.focus(),
      ArrowLeft: () => row.querySelector<HTMLElement>(FOCUS_TARGET)?.focus(),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    within.current = true;
    const rowKey = (event.target as HTMLElement).closest<HTMLElement>("[data-row-key]")?.dataset.rowKey;
    if (rowKey !== undefined && rowKey !== key && rows.some((row) => row.key === rowKey && isFocusable(row))) setFocus({ rows, key: rowKey });
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) within.current = false;
  };

  return { activeKey: key, activeIndex, onKeyDown, onFocus, onBlur };
}
