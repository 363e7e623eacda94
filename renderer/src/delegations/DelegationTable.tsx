import { Table } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { DelegationRow } from './DelegationRow.js';
import { useWindowRows } from './use-window-rows.js';

/**
 * Delegations as a table; the partner's name opens the visit. Only the rows in view are in the DOM (a
 * partner's dossier lists up to hundreds of visits, the delegation list 50,000 — PagedDelegationTable): the
 * page scrolls as before, and two hidden spacer rows stand for the rows above and below. The table keeps its
 * semantics for assistive technology through aria-rowcount and each row's aria-rowindex. Fixed column widths
 * keep the columns from jumping as rows come and go.
 */
export function DelegationTable({ delegations, label }: { delegations: DelegationSummary[]; label: string }) {
  const { i18n } = useTranslation();
  const { body, items, before, after } = useWindowRows(delegations.length);
  return (
    <DelegationTableFrame label={label} total={delegations.length} body={body} before={before} after={after}>
      {items.map((item) => (
        <DelegationRow
          key={item.key}
          index={item.index}
          delegation={delegations[item.index]!}
          language={i18n.language}
        />
      ))}
    </DelegationTableFrame>
  );
}

/** The table, its heading row and the spacers around the rows given. */
export function DelegationTableFrame({
  label,
  total,
  body,
  before,
  after,
  children,
}: {
  label: string;
  total: number;
  body: RefObject<HTMLTableSectionElement | null>;
  before: number;
  after: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table
      highlightOnHover
      withTableBorder
      aria-label={label}
      aria-rowcount={total + 1}
      style={{ tableLayout: 'fixed' }}
    >
      <Table.Thead>
        <Table.Tr aria-rowindex={1}>
          <Table.Th w="15%">{t('delegations.columns.dates')}</Table.Th>
          <Table.Th w="11%">{t('delegations.columns.direction')}</Table.Th>
          <Table.Th w="30%">{t('delegations.columns.delegation')}</Table.Th>
          <Table.Th w="19%">{t('delegations.columns.head')}</Table.Th>
          <Table.Th w="14%">{t('delegations.columns.place')}</Table.Th>
          <Table.Th w="11%">{t('delegations.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body}>
        {before > 0 && <Spacer height={before} />}
        {children}
        {after > 0 && <Spacer height={after} />}
      </Table.Tbody>
    </Table>
  );
}

/** The height of the rows not rendered; hidden from assistive technology, which counts rows by aria-rowcount. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={6} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}
