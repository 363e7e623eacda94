import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ROW_PX } from './DelegationRow.js';
import { assignSlots } from './row-slots.js';
import { useRowFocus } from './use-row-focus.js';

/** Rows rendered beyond the window on each side: about a screen, so a quick scroll meets rows already drawn. */
const OVERSCAN = 10;

/**
 * Which of `total` table rows are in or near the window, for a table the page (the window) scrolls, each with
 * its offset from the top of the table body, its slot (its React key: row-slots.ts) and whether its link is the
 * table's one stop in the tab order; and the body's keyboard handlers (use-row-focus.ts). Every row is ROW_PX
 * tall, so nothing is measured while scrolling: when each new row was measured, the page's height changed with
 * it, which moved the table's recorded place and re-rendered the rows.
 */
export function useWindowRows(total: number) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page: the filters above the table can change height (a validation message).
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const update = () => setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const { focused, handlers } = useRowFocus(total);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return focused === null || indexes.includes(focused) ? indexes : [...indexes, focused];
    },
    [focused],
  );
  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  // The slots of the rows last drawn (committed in the layout effect below): a render React throws away leaves
  // them as they were, and the same rows always get the same slots from them.
  const drawnSlots = useRef(new Map<number, number>());
  const slots = assignSlots(
    // eslint-disable-next-line react-hooks/refs -- the last committed slots, read to keep them; see above
    drawnSlots.current,
    items.map((item) => item.index),
  );
  useLayoutEffect(() => {
    drawnSlots.current = slots;
  });
  const inView = virtualizer.range ?? { startIndex: 0, endIndex: 0 };
  const tabbable = focused ?? inView.startIndex;
  const rows = items
    .map((item) => ({
      index: item.index,
      slot: slots.get(item.index)!,
      top: item.start - scrollMargin,
      tabbable: item.index === tabbable,
    }))
    // In slot order, which is the order of the rows' elements in the DOM: React keeps the elements in the order
    // of the list it is given, and in the rows' order it would move most of them on each step up the page.
    .sort((a, b) => a.slot - b.slot);
  return {
    body,
    rows,
    height: total * ROW_PX,
    handlers,
    // The rows near the window (the focused row aside, wherever it is), for the pages to fetch.
    nearby: { first: Math.max(inView.startIndex - OVERSCAN, 0), last: Math.min(inView.endIndex + OVERSCAN, total - 1) },
    focused,
  };
}
