import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DELEGATION_STATUSES } from '../../../shared/domain/delegation.js';
import { isPartialDate } from '../../../shared/text/partial-date.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { foldedFilter } from '../components/folded-filter.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { PageHeader } from '../components/PageHeader.js';
import { OrganizationSelect } from '../components/RecordSelect.js';
import { dateInputToIso } from '../format/date-input.js';
import { countryOptions } from '../organizations/country-options.js';
import { PagedDelegationTable } from './PagedDelegationTable.js';
import { SampleDataOffer } from './SampleDataOffer.js';
import { pageInput, type DelegationFilter } from './use-delegation-pages.js';
import { ChoiceControl } from '../components/ChoiceControl.js';
import { SearchField, useSearchQuery } from '../components/SearchField.js';
import { numberFormat } from '../format/number.js';

const FILTER_KEYS = ['q', 'direction', 'status', 'country', 'organization', 'from', 'to', 'sort'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** The filters live in the address, so going back from a visit shows the same list. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const value = (key: FilterKey) => params.get(key) ?? '';
  const set = (key: FilterKey, next: string | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(key, next);
        else updated.delete(key);
        return updated;
      },
      { replace: true },
    );
  return { value, set };
}

export function DelegationsPage() {
  const { t, i18n } = useTranslation();
  const filters = useFilters();
  const query = useSearchQuery(filters.value('q'));
  const [from] = useDebouncedValue(filters.value('from').trim(), 300);
  const [to] = useDebouncedValue(filters.value('to').trim(), 300);
  const countries = countryOptions(i18n.language);
  const direction = filters.value('direction');
  // A date the user is still typing (or mistyped) is not sent; its field says what is wrong.
  const fromIso = from ? dateInputToIso(from) : null;
  const toIso = to ? dateInputToIso(to) : null;
  const fromError = fromIso && !isPartialDate(fromIso) ? t('validation.invalid_date') : undefined;
  const toError = toIso && !isPartialDate(toIso) ? t('validation.invalid_date') : undefined;
  const filter: DelegationFilter = {
    query,
    direction: direction === 'incoming' || direction === 'outgoing' ? direction : null,
    status: (DELEGATION_STATUSES as readonly string[]).includes(filters.value('status'))
      ? (filters.value('status') as (typeof DELEGATION_STATUSES)[number])
      : null,
    country: filters.value('country') || null,
    organizationId: filters.value('organization') || null,
    from: fromError ? null : fromIso,
    to: toError ? null : toIso,
    sort: filters.value('sort') === 'oldest' ? 'oldest' : 'newest',
  };
  // The first page brings the count; the table fetches the other pages as they scroll into view.
  const list = useApiQuery('delegations.page', pageInput(filter, 0));
  const total = list.data?.total;
  const filtered = FILTER_KEYS.some((key) => key !== 'sort' && filters.value(key));

  return (
    <Stack>
      <PageHeader
        title={t('delegations.title')}
        subtitle={t('delegations.intro')}
        actions={
          <>
            <ExportMenu list="delegations" filter={filter} />
            <Button variant="default" component={Link} to="/briefings/week">
              {t('briefing.weekTitle')}
            </Button>
            <Button component={Link} to="/delegations/new">
              {t('delegations.add')}
            </Button>
          </>
        }
      />
      {/* The offer asks the store whether it is empty, only when the unfiltered list is. */}
      {total === 0 && !filtered && <SampleDataOffer />}
      <Group align="flex-end" wrap="wrap" gap="sm">
        <SearchField
          placeholder={t('delegations.searchPlaceholder')}
          value={filters.value('q')}
          onChange={(event) => filters.set('q', event.currentTarget.value)}
          w={300}
        />
        <ChoiceControl
          aria-label={t('delegations.columns.direction')}
          value={direction || 'all'}
          onChange={(value) => filters.set('direction', value === 'all' ? null : value)}
          data={[
            { value: 'all', label: t('delegations.directions.all') },
            { value: 'incoming', label: t('delegations.directions.incoming') },
            { value: 'outgoing', label: t('delegations.directions.outgoing') },
          ]}
        />
        <Select
          label={t('delegations.columns.status')}
          clearable
          value={filters.value('status') || null}
          onChange={(value) => filters.set('status', value)}
          data={DELEGATION_STATUSES.map((status) => ({ value: status, label: t(`delegations.statuses.${status}`) }))}
          w={160}
        />
        <Select
          label={t('organizations.columns.country')}
          clearable
          searchable
          filter={foldedFilter}
          value={filters.value('country') || null}
          onChange={(value) => filters.set('country', value)}
          data={countries}
          w={200}
        />
        <OrganizationSelect
          label={t('delegations.filters.organization')}
          clearable
          value={filters.value('organization') || null}
          onChange={(value) => filters.set('organization', value)}
          w={220}
        />
        <TextInput
          label={t('delegations.filters.from')}
          placeholder={t('common.datePlaceholder')}
          value={filters.value('from')}
          error={fromError}
          onChange={(event) => filters.set('from', event.currentTarget.value)}
          w={130}
        />
        <TextInput
          label={t('delegations.filters.to')}
          placeholder={t('common.datePlaceholder')}
          value={filters.value('to')}
          error={toError}
          onChange={(event) => filters.set('to', event.currentTarget.value)}
          w={130}
        />
        <Select
          label={t('delegations.filters.sort')}
          allowDeselect={false}
          value={filters.value('sort') || 'newest'}
          onChange={(value) => filters.set('sort', value === 'oldest' ? 'oldest' : null)}
          data={[
            { value: 'newest', label: t('delegations.filters.newest') },
            { value: 'oldest', label: t('delegations.filters.oldest') },
          ]}
          w={140}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {total !== undefined && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('delegations.count', { count: total, shown: numberFormat(i18n.language).format(total) })}
          </Text>
          {total === 0 ? (
            <Text>{filtered ? t('delegations.noMatch') : t('delegations.empty')}</Text>
          ) : (
            <PagedDelegationTable
              filter={filter}
              filterKey={JSON.stringify(filter)}
              total={total}
              label={t('delegations.tableLabel')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
