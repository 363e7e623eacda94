import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ROW_PX } from './DelegationRow.js';
import { assignSlots } from './row-slots.js';
import { useRowFocus } from './use-row-focus.js';

/**
 * Rows per block. The rows are drawn in blocks (row groups), each placed at its offset as a whole; a scroll step
 * of up to eight rows brings in one block. Moving a row restyles it and each of its cells; moving a block restyles
 * the block and its rows, not their cells. Even, so that a row's stripe is the same wherever its block is used.
 */
export const BLOCK_ROWS = 8;

/** Blocks drawn beyond the window on each side, so that a quick scroll meets rows already drawn. */
const OVERSCAN_BLOCKS = 1;

/** Rows first..last of the list. */
export interface RowRange {
  first: number;
  last: number;
}

/** A block of rows drawn: its slot (its React key: row-slots.ts), its offset in the body, and its rows. */
export interface DrawnBlock {
  slot: number;
  top: number;
  /** The index in the whole list of its first row, and how many rows it holds. */
  first: number;
  count: number;
}

/**
 * Which of `total` table rows are in or near the window, for a table the page (the window) scrolls, in blocks
 * (BLOCK_ROWS); and the table's keyboard handlers (use-row-focus.ts). Every row is ROW_PX tall, so nothing is
 * measured while scrolling: when each new row was measured, the page's height changed with it, which moved the
 * table's recorded place and re-rendered the rows.
 */
export function useWindowRows(total: number) {
  /** The body as tall as every row, under the heading: the blocks are placed from its top. */
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [bodyTop, setBodyTop] = useState(0);
  // Where the rows start on the page and in the table: the filters above the table can change height (a
  // validation message), the heading row with the width.
  useLayoutEffect(() => {
    const element = body.current;
    if (!element) return;
    const update = () => {
      setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
      setBodyTop(element.offsetTop);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const { focused, handlers } = useRowFocus(total);
  const focusedBlock = focused === null ? null : Math.floor(focused / BLOCK_ROWS);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return focusedBlock === null || indexes.includes(focusedBlock)
        ? indexes
        : [...indexes, focusedBlock].sort((a, b) => a - b);
    },
    [focusedBlock],
  );
  const virtualizer = useWindowVirtualizer({
    count: Math.ceil(total / BLOCK_ROWS),
    estimateSize: () => BLOCK_ROWS * ROW_PX,
    overscan: OVERSCAN_BLOCKS,
    scrollMargin,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  // The slots of the blocks last drawn (committed in the layout effect below): a render React throws away leaves
  // them as they were, and the same blocks always get the same slots from them.
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
  // Without the focus in the table, the first row of the first block in view: it changes once a block.
  const tabbable = focused ?? inView.startIndex * BLOCK_ROWS;
  const blocks: DrawnBlock[] = items
    .map((item) => {
      const first = item.index * BLOCK_ROWS;
      return {
        slot: slots.get(item.index)!,
        top: bodyTop + item.start - scrollMargin,
        first,
        count: Math.min(BLOCK_ROWS, total - first),
      };
    })
    // In slot order, which is the order of the blocks' elements in the DOM: React keeps the elements in the order
    // of the list it is given, and in the rows' order it would move most of them on each step up the page.
    .sort((a, b) => a.slot - b.slot);
  /** The rows of blocks first..last (clamped to the list). */
  const rowsOfBlocks = (first: number, last: number): RowRange => ({
    first: Math.max(first * BLOCK_ROWS, 0),
    last: Math.min((last + 1) * BLOCK_ROWS - 1, total - 1),
  });
  return {
    body,
    blocks,
    /** The row whose link is the table's one stop in the tab order. */
    tabbable,
    height: total * ROW_PX,
    handlers,
    // The rows whose data the table needs: those near the window, and, wherever it is, the focused row's block
    // with the block either side, where the arrows move the focus next (a row without its data has no link).
    wanted: [
      rowsOfBlocks(inView.startIndex - OVERSCAN_BLOCKS, inView.endIndex + OVERSCAN_BLOCKS),
      ...(focusedBlock === null ? [] : [rowsOfBlocks(focusedBlock - 1, focusedBlock + 1)]),
    ],
  };
}
