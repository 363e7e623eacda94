import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { addMonths, format } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EXPIRING_MONTHS, type Agreement } from '../../../shared/domain/agreement.js';
import { usePagedList } from '../api/use-paged-list.js';
import { DeadlineBadge } from '../components/DeadlineBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ListLoader } from '../components/ListLoader.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { PageHeader } from '../components/PageHeader.js';
import { ShowMore } from '../components/ShowMore.js';
import { formatPartialDate } from '../format/date.js';
import { SearchField, useSearchQuery } from '../components/SearchField.js';

/** Expired, expiring within 12 months, or neither. */
export function expiryState(agreement: Agreement, today: Date): 'overdue' | 'due_soon' | 'ok' {
  if (agreement.expired) return 'overdue';
  if (!agreement.expiresOn) return 'ok';
  const horizon = format(addMonths(today, EXPIRING_MONTHS), 'yyyy-MM-dd').slice(0, agreement.expiresOn.length);
  return agreement.expiresOn <= horizon ? 'due_soon' : 'ok';
}

export function AgreementTable({ agreements, label }: { agreements: Agreement[]; label: string }) {
  const { t, i18n } = useTranslation();
  const today = new Date();
  return (
    <Table striped withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('agreements.fields.title')}</Table.Th>
          <Table.Th>{t('agreements.parties')}</Table.Th>
          <Table.Th>{t('agreements.fields.signedOn')}</Table.Th>
          <Table.Th>{t('agreements.fields.expiresOn')}</Table.Th>
          <Table.Th>{t('agreements.fields.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {agreements.map((agreement) => {
          const state = expiryState(agreement, today);
          return (
            <Table.Tr key={agreement.id}>
              <Table.Td>
                <Anchor component={Link} to={`/agreements/${agreement.id}`} fw={600}>
                  {agreement.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t(`agreements.kinds.${agreement.kind}`)} ·{' '}
                  {t('agreements.fieldCount', { count: agreement.fields.length })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{agreement.parties.map((party) => party.organizationName).join(' – ')}</Text>
              </Table.Td>
              <Table.Td>{agreement.signedOn ? formatPartialDate(agreement.signedOn, i18n.language) : '—'}</Table.Td>
              <Table.Td>
                {agreement.expiresOn ? (
                  <DeadlineBadge state={state}>
                    {state === 'overdue'
                      ? t('agreements.expired')
                      : formatPartialDate(agreement.expiresOn, i18n.language)}
                  </DeadlineBadge>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray.8">
                  {t(`agreements.statuses.${agreement.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function AgreementsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useSearchQuery(search);
  const agreements = usePagedList('agreements.page', { query });
  const expiring = agreements.latest?.expiringSoon ?? 0;
  return (
    <Stack>
      <PageHeader
        title={t('agreements.title')}
        subtitle={t('agreements.intro')}
        actions={
          <>
            <ExportMenu list="agreements" filter={{ query }} />
            <Button component={Link} to="/agreements/new">
              {t('agreements.add')}
            </Button>
          </>
        }
      />
      <SearchField
        placeholder={t('agreements.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={520}
      />
      <ErrorAlert error={agreements.error} />
      <ListLoader pending={agreements.pending} />
      {expiring > 0 && (
        <Text size="sm" c="orange.9" fw={600}>
          {t('agreements.expiringSoon', { count: expiring })}
        </Text>
      )}
      {agreements.rows &&
        (agreements.rows.length === 0 ? (
          <Text>{query ? t('common.noMatch', { query }) : t('agreements.empty')}</Text>
        ) : (
          <>
            <AgreementTable agreements={agreements.rows} label={t('agreements.title')} />
            <ShowMore list={agreements} words="agreements" />
          </>
        ))}
    </Stack>
  );
}
