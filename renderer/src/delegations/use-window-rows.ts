import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { ROW_PX } from './DelegationRow.js';

/** Rows rendered beyond the window on each side: about a screen, so a quick scroll meets rows already drawn. */
const OVERSCAN = 10;

/**
 * Which of `total` table rows are in or near the window, for a table the page (the window) scrolls, each with
 * its offset from the top of the table body. Every row is ROW_PX tall, so nothing is measured while
 * scrolling: when each new row was measured, the page's height changed with it, which moved the table's
 * recorded place and re-rendered the rows.
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
  const rows = virtualizer.getVirtualItems().map((item) => ({ index: item.index, top: item.start - scrollMargin }));
  return { body, rows, height: total * ROW_PX };
}
