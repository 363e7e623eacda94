import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { ROW_PX } from './DelegationRow.js';

/** Rows rendered beyond the window on each side: about a screen, so a quick scroll meets rows already drawn. */
const OVERSCAN = 10;

/**
 * Which of `total` table rows are in or near the window, for a table the page (the window) scrolls. Every row
 * is ROW_PX tall, so nothing is measured while scrolling: when each new row was measured, the page's height
 * changed with it, which moved the table's recorded place and re-rendered the rows — frames were dropped.
 * `before` and `after` are the heights of the rows not rendered, for two spacer rows.
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
  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end + scrollMargin : 0;
  return { body, items, before, after };
}
