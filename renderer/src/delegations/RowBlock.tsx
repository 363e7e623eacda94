import { memo } from 'react';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { DelegationRow, SkeletonRow, type RowWords } from './DelegationRow.js';

interface RowBlockProps {
  /** The element's id, which the table's aria-owns names. */
  id: string;
  /** Its offset from the top of the table. */
  top: number;
  /** The index in the whole list of its first row. */
  first: number;
  /** Its rows' visits, in order; undefined for a row whose page is on its way (a grey placeholder). */
  rows: (DelegationSummary | undefined)[];
  /** The index of the row whose link is in the tab order, if it is one of this block's; else -1. */
  tabbable: number;
  words: RowWords;
}

/** The same props: the visits compared one by one, as the array holding them is new on every render. */
function sameBlock(before: RowBlockProps, after: RowBlockProps): boolean {
  return (
    before.id === after.id &&
    before.top === after.top &&
    before.first === after.first &&
    before.tabbable === after.tabbable &&
    before.words === after.words &&
    before.rows.length === after.rows.length &&
    before.rows.every((row, n) => row === after.rows[n])
  );
}

/**
 * A block of rows (use-window-rows.ts), placed over the table's body by its offset. Memoised: the table is drawn
 * again on every scroll step, and only the block coming into view has changed; the others are not gone through
 * row by row again (their rows' elements made and their props compared on each step).
 */
export const RowBlock = memo(function RowBlock({ id, top, first, rows, tabbable, words }: RowBlockProps) {
  return (
    <tbody id={id} role="rowgroup" className="row-block" style={{ transform: `translateY(${top}px)` }}>
      {rows.map((delegation, n) => {
        const index = first + n;
        // Keyed by the row's place in its block (its index modulo BLOCK_ROWS): a block reused for other rows keeps
        // its row elements.
        return delegation ? (
          <DelegationRow key={n} index={index} tabbable={index === tabbable} delegation={delegation} words={words} />
        ) : (
          <SkeletonRow key={n} index={index} />
        );
      })}
    </tbody>
  );
}, sameBlock);
