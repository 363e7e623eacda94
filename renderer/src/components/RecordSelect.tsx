import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/person.js';
import { useApiQuery } from '../api/use-api-query.js';
import { foldedFilterKeeping } from './folded-filter.js';

/** A record picker's props: Select's, less what the picker sets itself. */
export type RecordSelectProps = Omit<SelectProps, 'data' | 'filter' | 'searchable'> & { excludeId?: string };

/**
 * The options drawn at once: typing narrows them (a ministry's store holds 5,000 organisations and 100,000
 * people, and drawing them all took longer than the rest of a page).
 */
const SHOWN_OPTIONS = 100;

/**
 * The records are fetched once the select is opened or holds a value: a list page whose filter is empty does
 * not fetch and parse 5,000 organisations (1.4 MB) before its first rows. Returns whether they are needed, and
 * the props that notice the opening.
 */
export function useOnDemand(props: RecordSelectProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const needed = opened || Boolean(props.value ?? props.defaultValue);
  return {
    needed,
    selectProps: (loading: boolean): Partial<SelectProps> => ({
      searchable: true,
      filter: foldedFilterKeeping(props.value ?? props.defaultValue),
      limit: SHOWN_OPTIONS,
      nothingFoundMessage: loading ? t('common.loading') : t('common.nothingFound'),
      onDropdownOpen: () => {
        setOpened(true);
        props.onDropdownOpen?.();
      },
    }),
  };
}

/** Pick an organisation by typing any part of its name, accents optional. */
export function OrganizationSelect({ excludeId, ...props }: RecordSelectProps) {
  const { needed, selectProps } = useOnDemand(props);
  const organizations = useApiQuery('organizations.list', { query: '' }, { enabled: needed });
  const data = (organizations.data ?? [])
    .filter((organization) => organization.id !== excludeId)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  return <Select data={data} {...props} {...selectProps(!organizations.data)} />;
}

/** A person as an option: their name, and their name in their own script when recorded. */
const personOption = (person: Person) => ({
  value: person.id,
  label: person.nativeName ? `${person.fullName} (${person.nativeName})` : person.fullName,
});

/**
 * Pick a person by typing their name (or native-script name), accents optional. The store searches as one types
 * and sends the first hundred who match: a ministry's store holds 100,000 people, and fetching them all (33 MB of
 * JSON) held a delegation form for a minute. The person already chosen is fetched by id, for their name.
 */
export function PersonSelect(props: RecordSelectProps) {
  const { t } = useTranslation();
  const value = props.value ?? props.defaultValue ?? null;
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const chosen = useApiQuery('people.byIds', { ids: value ? [value] : [] }, { enabled: value !== null });
  const chosenOption = chosen.data?.[0] && personOption(chosen.data[0]);
  // Opened on a chosen person, the select's search holds their name: list from the top then, as Mantine does.
  const [query] = useDebouncedValue(search === chosenOption?.label ? '' : search.trim(), 200);
  const found = useApiQuery('people.page', { query, offset: 0, limit: SHOWN_OPTIONS }, { enabled: opened });
  const foundOptions = (found.data?.rows ?? []).map(personOption);
  const chosenFound = foundOptions.some((option) => option.value === value);
  // The chosen person stays among the options (Mantine shows a value's name only from its option), first when
  // nothing is typed, and hidden while a search that does not find them is.
  const data = chosenOption && !chosenFound ? [chosenOption, ...foundOptions] : foundOptions;
  const hideChosen = query !== '' && !chosenFound;
  return (
    <Select
      {...props}
      data={data}
      searchable
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        props.onSearchChange?.(text);
      }}
      // The store has searched already (folded, by word beginnings).
      filter={({ options }) =>
        hideChosen ? options.filter((option) => !('value' in option) || option.value !== value) : options
      }
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      onDropdownOpen={() => {
        setOpened(true);
        props.onDropdownOpen?.();
      }}
    />
  );
}
