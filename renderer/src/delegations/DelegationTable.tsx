import { Table } from '@mantine/core';
import { memo, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { DelegationRow, ROW_PX, useRowWords } from './DelegationRow.js';
import type { RowFocusHandlers } from './use-row-focus.js';
import { useWindowRows } from './use-window-rows.js';
import './delegation-table.css';

/**
 * Delegations as a table; the partner's name opens the visit. Only the rows in view are in the DOM (a
 * partner's dossier lists up to hundreds of visits, the delegation list 50,000 — PagedDelegationTable): the
 * page scrolls as before, over a table body as tall as all the rows. The table keeps its semantics for
 * assistive technology through explicit roles, aria-rowcount and each row's aria-rowindex.
 */
export function DelegationTable({ delegations, label }: { delegations: DelegationSummary[]; label: string }) {
  const words = useRowWords();
  const { body, rows, height, handlers } = useWindowRows(delegations.length);
  return (
    <DelegationTableFrame label={label} total={delegations.length} body={body} height={height} handlers={handlers}>
      {rows.map(({ index, slot, top, tabbable }) => (
        <DelegationRow
          key={slot}
          index={index}
          top={top}
          tabbable={tabbable}
          delegation={delegations[index]!}
          words={words}
        />
      ))}
    </DelegationTableFrame>
  );
}

/** The table, its heading row, and a body `height` pixels tall holding the rows given. */
export function DelegationTableFrame({
  label,
  total,
  body,
  height,
  handlers,
  children,
}: {
  label: string;
  total: number;
  body: RefObject<HTMLTableSectionElement | null>;
  height: number;
  /** The keyboard among the rows (use-row-focus.ts). */
  handlers: RowFocusHandlers;
  children: ReactNode;
}) {
  return (
    <Table
      highlightOnHover
      withTableBorder
      className="delegation-table"
      role="table"
      aria-label={label}
      aria-rowcount={total + 1}
      style={{ '--delegation-row-px': `${ROW_PX}px` } as CSSProperties}
    >
      <DelegationTableHead />
      {/* A plain tbody: Mantine's stripes and last-row border select rows by position (:nth-of-type,
          :last-of-type), so each row added or removed while scrolling restyled every row drawn. */}
      <tbody ref={body} role="rowgroup" style={{ height }} {...handlers}>
        {children}
      </tbody>
    </Table>
  );
}

/** The heading row; memoised, as the frame around the rows is drawn again on every scroll step. */
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
