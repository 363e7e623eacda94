import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';

/** The list index of the row holding `element` (aria-rowindex counts the heading row as 1), or null outside a row. */
function rowIndexOf(element: EventTarget | null): number | null {
  const row = element instanceof Element ? element.closest('tbody > tr[aria-rowindex]') : null;
  return row ? Number(row.getAttribute('aria-rowindex')) - 2 : null;
}

/** The row a key moves the focus to from row `from`, or null where the browser's own move is right. */
function rowAfterKey(event: KeyboardEvent, from: number, total: number): number | null {
  const down = (event.key === 'Tab' && !event.shiftKey) || event.key === 'ArrowDown';
  const up = (event.key === 'Tab' && event.shiftKey) || event.key === 'ArrowUp';
  if (event.altKey || event.ctrlKey || event.metaKey || (!down && !up)) return null;
  const to = down ? from + 1 : from - 1;
  // Past the first or last row, Tab leaves the table: the only link of the table in the tab order is the focused one.
  return to >= 0 && to < total ? to : null;
}

/**
 * The keyboard in a table whose rows are drawn only near the window and whose row elements are reused for the
 * rows coming into view (so their order in the DOM is not the rows' order: use-window-rows.ts). One row's link is in the tab order —
 * the focused row's, else the first row in view — and Tab, Shift+Tab and the arrows move the focus row by row
 * through the whole list. The focused row stays drawn while the page scrolls away from it (`focused`): reused for
 * another row, its link would keep the focus and open another visit.
 */
export function useRowFocus(total: number) {
  const [focused, setFocused] = useState<number | null>(null);
  const handlers = {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const index = rowIndexOf(event.target);
      if (index !== null) setFocused(index);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      // The window losing the focus (another app, a dialog) leaves the link focused: its row stays drawn.
      if (document.activeElement === event.target) return;
      if (!event.currentTarget.contains(event.relatedTarget)) setFocused(null);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const from = rowIndexOf(event.target);
      const to = from === null ? null : rowAfterKey(event, from, total);
      if (to === null) return;
      event.preventDefault();
      const table = event.currentTarget;
      // Drawn now (a row far from the window is drawn once it is the focused one), then focused and scrolled into
      // view; at once, so that the next key press starts from it.
      flushSync(() => setFocused(to));
      const row = table.querySelector<HTMLElement>(`tr[aria-rowindex="${to + 2}"]`);
      const link = row?.querySelector('a');
      // A row whose page is still on its way has no link yet: the focus stays where it was.
      if (!row || !link) return setFocused(from);
      link.focus({ preventScroll: true });
      // Scrolled by hand: the row may be drawn in the focused row's own elements (the focus does not move, so the
      // browser would not scroll), and the whole row is brought out from under the header (its scroll margin).
      row.scrollIntoView({ block: 'nearest' });
    },
  };
  return { focused: focused !== null && focused < total ? focused : null, handlers };
}
