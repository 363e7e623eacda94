import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { formatDateRange } from '../format/date.js';
import { DirectionBadge } from './DirectionBadge.js';

/** A row's height before it is measured (two lines of text and the padding); measured rows replace it. */
const ESTIMATED_ROW_PX = 64;
/** Rows rendered beyond the window on each side, so a fast scroll does not show blank space. */
const OVERSCAN = 12;

/**
 * Delegations as a table; the partner's name opens the visit. A ministry's twenty years are 50,000 rows, so
 * only the rows in view are in the DOM: the page (window) scrolls as before, and two hidden spacer rows stand
 * for the rows above and below. The table keeps its semantics for assistive technology through aria-rowcount
 * and each row's aria-rowindex. Fixed column widths keep the columns from jumping as rows come and go.
 */
export function DelegationTable({ delegations, label }: { delegations: DelegationSummary[]; label: string }) {
  const { t, i18n } = useTranslation();
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
    count: delegations.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => delegations[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end + scrollMargin : 0;

  return (
    <Table
      highlightOnHover
      withTableBorder
      aria-label={label}
      aria-rowcount={delegations.length + 1}
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
        {items.map((item) => {
          const delegation = delegations[item.index]!;
          return (
            <Table.Tr
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-rowindex={item.index + 2}
              // Striped by the row's place in the whole list: CSS :nth-of-type would count the spacer and the slice.
              style={item.index % 2 === 0 ? { backgroundColor: 'var(--table-striped-color)' } : undefined}
            >
              <Table.Td>{formatDateRange(delegation.startDate, delegation.endDate, i18n.language)}</Table.Td>
              <Table.Td>
                <DirectionBadge direction={delegation.direction} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/delegations/${delegation.id}`} fw={600}>
                  {delegation.visitingOrgName} → {delegation.hostOrgName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {countryName(delegation.partnerCountry, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td>
                {delegation.headName && <Text size="sm">{delegation.headName}</Text>}
                {delegation.headTitle && (
                  <Text size="sm" c="dimmed">
                    {delegation.headTitle}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{delegation.place}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray.8">
                  {t(`delegations.statuses.${delegation.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          );
        })}
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
