import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { GiftDirection } from '../../../shared/domain/gift.js';
import { isPartialDate } from '../../../shared/text/partial-date.js';
import { usePagedList } from '../api/use-paged-list.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ListLoader } from '../components/ListLoader.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { foldedFilter } from '../components/folded-filter.js';
import { PageHeader } from '../components/PageHeader.js';
import { ShowMore } from '../components/ShowMore.js';
import { OrganizationSelect, PersonSelect } from '../components/RecordSelect.js';
import { dateInputToIso } from '../format/date-input.js';
import { numberFormat } from '../format/number.js';
import { countryOptions } from '../organizations/country-options.js';
import { GiftTable } from './GiftTable.js';
import { ChoiceControl } from '../components/ChoiceControl.js';
import { SearchField, useSearchQuery } from '../components/SearchField.js';

/**
 * The gift register: filters, the legal clock of each received gift, export to XLSX and CSV. A hundred gifts at a
 * time, with how many match in all.
 */
export function GiftsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [direction, setDirection] = useState('all');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  // The home page's "and N more gifts to report" opens the register with ?awaiting=1.
  const [params] = useSearchParams();
  const [awaitingReport, setAwaitingReport] = useState(params.get('awaiting') === '1');
  const query = useSearchQuery(search);
  const countries = countryOptions(i18n.language);
  const from = fromText.trim() ? dateInputToIso(fromText) : null;
  const to = toText.trim() ? dateInputToIso(toText) : null;
  const fromError = from && !isPartialDate(from) ? t('validation.invalid_date') : undefined;
  const toError = to && !isPartialDate(to) ? t('validation.invalid_date') : undefined;
  const filter = {
    query,
    direction: direction === 'given' || direction === 'received' ? (direction as GiftDirection) : null,
    organizationId,
    personId,
    country,
    from: fromError ? null : from,
    to: toError ? null : to,
    awaitingReport,
  };
  const gifts = usePagedList('gifts.page', filter);

  return (
    <Stack>
      <PageHeader
        title={t('gifts.title')}
        subtitle={t('gifts.intro')}
        actions={
          <>
            <ExportMenu list="gifts" filter={filter} />
            <Button component={Link} to="/gifts/new">
              {t('gifts.add')}
            </Button>
          </>
        }
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchField
          placeholder={t('gifts.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={260}
        />
        <ChoiceControl
          aria-label={t('gifts.fields.direction')}
          value={direction}
          onChange={setDirection}
          data={[
            { value: 'all', label: t('delegations.directions.all') },
            { value: 'given', label: t('gifts.directions.given') },
            { value: 'received', label: t('gifts.directions.received') },
          ]}
        />
        <OrganizationSelect
          label={t('delegations.filters.organization')}
          clearable
          value={organizationId}
          onChange={setOrganizationId}
          w={220}
        />
        <PersonSelect label={t('gifts.filters.person')} clearable value={personId} onChange={setPersonId} w={200} />
        <Select
          label={t('organizations.columns.country')}
          clearable
          searchable
          filter={foldedFilter}
          data={countries}
          value={country}
          onChange={setCountry}
          w={190}
        />
        <TextInput
          label={t('delegations.filters.from')}
          placeholder={t('common.datePlaceholder')}
          value={fromText}
          error={fromError}
          onChange={(event) => setFromText(event.currentTarget.value)}
          w={130}
        />
        <TextInput
          label={t('delegations.filters.to')}
          placeholder={t('common.datePlaceholder')}
          value={toText}
          error={toError}
          onChange={(event) => setToText(event.currentTarget.value)}
          w={130}
        />
        <Checkbox
          label={t('gifts.filters.awaitingReport')}
          checked={awaitingReport}
          onChange={(event) => setAwaitingReport(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <ErrorAlert error={gifts.error} />
      <ListLoader pending={gifts.pending} />
      {gifts.rows && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('gifts.count', { count: gifts.total, shown: numberFormat(i18n.language).format(gifts.total) })}
          </Text>
          {gifts.rows.length === 0 ? (
            <Text>{t('gifts.empty')}</Text>
          ) : (
            <>
              <GiftTable gifts={gifts.rows} label={t('gifts.tableLabel')} />
              <ShowMore list={gifts} words="gifts" />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
