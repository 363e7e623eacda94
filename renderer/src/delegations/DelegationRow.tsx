import { Anchor, Badge, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { formatDateRange } from '../format/date.js';
import { DirectionBadge } from './DirectionBadge.js';

/**
 * Every row's height: two lines of text (the names, then the country or the head's title) and the padding.
 * The virtualiser places rows by it, so each line is kept to one line (ellipsis, full text in the tooltip).
 */
export const ROW_PX = 68;

/** One line, cut with an ellipsis rather than wrapped (a wrapped line would make the row taller than ROW_PX). */
const ONE_LINE: CSSProperties = {
  display: 'block',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};

/** Striped by the row's place in the whole list: CSS :nth-of-type would count the spacer and the slice. */
function rowStyle(index: number): CSSProperties {
  return index % 2 === 0 ? { height: ROW_PX, backgroundColor: 'var(--table-striped-color)' } : { height: ROW_PX };
}

/**
 * A visit's row. Memoised: while the list scrolls, the rows already drawn keep their props (the same cached
 * object, the same index) and are not drawn again; only rows coming into view are.
 */
export const DelegationRow = memo(function DelegationRow({
  delegation,
  index,
  language,
}: {
  delegation: DelegationSummary;
  index: number;
  /** The language shown; a change redraws the row (dates, country names and statuses are in it). */
  language: string;
}) {
  const { t } = useTranslation();
  const names = `${delegation.visitingOrgName} → ${delegation.hostOrgName}`;
  const country = countryName(delegation.partnerCountry, language);
  return (
    <Table.Tr aria-rowindex={index + 2} style={rowStyle(index)}>
      <Table.Td>
        <span style={ONE_LINE}>{formatDateRange(delegation.startDate, delegation.endDate, language)}</span>
      </Table.Td>
      <Table.Td>
        <DirectionBadge direction={delegation.direction} />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/delegations/${delegation.id}`} fw={600} style={ONE_LINE} title={names}>
          {names}
        </Anchor>
        <Text size="sm" c="dimmed" style={ONE_LINE}>
          {country}
        </Text>
      </Table.Td>
      <Table.Td>
        {delegation.headName && (
          <Text size="sm" style={ONE_LINE} title={delegation.headName}>
            {delegation.headName}
          </Text>
        )}
        {delegation.headTitle && (
          <Text size="sm" c="dimmed" style={ONE_LINE} title={delegation.headTitle}>
            {delegation.headTitle}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <span style={ONE_LINE} title={delegation.place}>
          {delegation.place}
        </span>
      </Table.Td>
      <Table.Td>
        <Badge variant="outline" color="gray.8">
          {t(`delegations.statuses.${delegation.status}`)}
        </Badge>
      </Table.Td>
    </Table.Tr>
  );
});

/** A row whose page is still on its way: grey bars where its text will be, at the row's height. */
export const SkeletonRow = memo(function SkeletonRow({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <Table.Tr aria-rowindex={index + 2} aria-busy="true" data-placeholder="" style={rowStyle(index)}>
      <Table.Td>
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        <Skeleton animate={false} height={10} width="70%" />
      </Table.Td>
      <Table.Td>
        <Skeleton animate={false} height={10} width="60%" />
      </Table.Td>
      <Table.Td>
        <Skeleton animate={false} height={10} width="80%" mb={10} />
        <Skeleton animate={false} height={8} width="30%" />
      </Table.Td>
      <Table.Td>
        <Skeleton animate={false} height={10} width="70%" />
      </Table.Td>
      <Table.Td>
        <Skeleton animate={false} height={10} width="50%" />
      </Table.Td>
      <Table.Td>
        <Skeleton animate={false} height={10} width="60%" />
      </Table.Td>
    </Table.Tr>
  );
});
