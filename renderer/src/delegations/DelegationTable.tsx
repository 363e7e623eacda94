import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DelegationSummary } from '../../../shared/domain/delegation.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { formatDateRange } from '../format/date.js';
import { DirectionBadge } from './DirectionBadge.js';

/** Delegations as a table; the partner's name opens the visit. */
export function DelegationTable({ delegations, label }: { delegations: DelegationSummary[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped highlightOnHover withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('delegations.columns.dates')}</Table.Th>
          <Table.Th>{t('delegations.columns.direction')}</Table.Th>
          <Table.Th>{t('delegations.columns.delegation')}</Table.Th>
          <Table.Th>{t('delegations.columns.head')}</Table.Th>
          <Table.Th>{t('delegations.columns.place')}</Table.Th>
          <Table.Th>{t('delegations.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {delegations.map((delegation) => (
          <Table.Tr key={delegation.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDateRange(delegation.startDate, delegation.endDate, i18n.language)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
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
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge variant="outline" color="gray.8">
                {t(`delegations.statuses.${delegation.status}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
