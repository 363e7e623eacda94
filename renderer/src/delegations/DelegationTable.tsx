import { Table } from '@mantine/core';
import { memo, useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { ROW_PX, useRowWords } from './DelegationRow.js';
import { RowBlock } from './RowBlock.js';
import { useWindowRows } from './use-window-rows.js';
import './delegation-table.css';

/**
 * Delegations as a table; the partner's name opens the visit. Only the rows in view are in the DOM (a
 * partner's dossier lists up to hundreds of visits, the delegation list 50,000 — PagedDelegationTable): the
 * page scrolls as before, over a table body as tall as all the rows. The table keeps its semantics for
 * assistive technology through explicit roles, aria-rowcount and each row's aria-rowindex.
 */
export function DelegationTable({ delegations, label }: { delegations: DelegationSummary[]; label: string }) {
  const windowRows = useWindowRows(delegations.length);
  return (
    <WindowedDelegationTable
      label={label}
      total={delegations.length}
      windowRows={windowRows}
      rowAt={(index) => delegations[index]}
    />
  );
}

/**
 * The table of `total` visits, drawn in blocks near the window (`windowRows`, use-window-rows.ts): the visit of
 * each row drawn comes from `rowAt`, a grey placeholder while it is on its way.
 */
export function WindowedDelegationTable({
  label,
  total,
  windowRows: { body, blocks, tabbable, height, handlers },
  rowAt,
}: {
  label: string;
  total: number;
  windowRows: ReturnType<typeof useWindowRows>;
  rowAt: (index: number) => DelegationSummary | undefined;
}) {
  const words = useRowWords();
  const id = useId();
  // The blocks are in the DOM in slot order; assistive technology is given them in the rows' order.
  const inRowOrder = [...blocks].sort((a, b) => a.first - b.first);
  return (
    <Table
      highlightOnHover
      withTableBorder
      className="delegation-table"
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      aria-owns={inRowOrder.map((block) => `${id}-${block.slot}`).join(' ') || undefined}
      style={{ '--delegation-row-px': `${ROW_PX}px` } as CSSProperties}
      {...handlers}
    >
      <DelegationTableHead />
      {/* As tall as every row; the blocks of rows drawn are placed over it. Plain tbodies: Mantine's stripes and
          last-row border select rows by position (:nth-of-type, :last-of-type). */}
      <tbody ref={body} role="presentation" className="row-space" style={{ height }} />
      {blocks.map(({ slot, top, first, count }) => (
        <RowBlock
          key={slot}
          id={`${id}-${slot}`}
          top={top}
          first={first}
          rows={Array.from({ length: count }, (_, n) => rowAt(first + n))}
          // -1 in the other blocks: the tab stop moving redraws the two blocks it leaves and enters, not every one.
          tabbable={tabbable >= first && tabbable < first + count ? tabbable : -1}
          words={words}
        />
      ))}
    </Table>
  );
}

/** The heading row; memoised, as the table around it is drawn again on every scroll step. */
const DelegationTableHead = memo(function DelegationTableHead() {
  const { t } = useTranslation();
  return (
    <Table.Thead role="rowgroup">
      <Table.Tr role="row" aria-rowindex={1}>
        <Table.Th role="columnheader">{t('delegations.columns.dates')}</Table.Th>
        <Table.Th role="columnheader">{t('delegations.columns.direction')}</Table.Th>
        <Table.Th role="columnheader">{t('delegations.columns.delegation')}</Table.Th>
        <Table.Th role="columnheader">{t('delegations.columns.head')}</Table.Th>
        <Table.Th role="columnheader">{t('delegations.columns.place')}</Table.Th>
        <Table.Th role="columnheader">{t('delegations.columns.status')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
});
