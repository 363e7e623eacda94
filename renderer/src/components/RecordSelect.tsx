import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../shared/domain/organization.js';
import type { Person } from '../../../shared/domain/person.js';
import { useApiQuery } from '../api/use-api-query.js';
import { searchText } from './SearchField.js';

/** A record picker's props: Select's, less what the picker sets itself. */
export type RecordSelectProps = Omit<SelectProps, 'data' | 'filter' | 'searchable'>;

/**
 * The options drawn at once: typing narrows them (a ministry's store holds 5,000 organisations and 100,000
 * people, and drawing them all took longer than the rest of a page).
 */
export const SHOWN_OPTIONS = 100;

/** An option of a record picker. */
type Option = { value: string; label: string };

/**
 * A picker whose options the store searches as one types (folded, by word beginnings), the first hundred that
 * match: the store holds more than can be sent at once (100,000 people, 50,000 visits). `chosen` is the option of
 * the record already picked, fetched by id: it stays among the options (Mantine shows a value's name only from its
 * option), first when nothing is typed, hidden while a search that does not find it is. Returns what to send the
 * store (`query`, once the dropdown has opened) and the Select's props for what it answered.
 */
export function useStoreSearch(props: RecordSelectProps, fetchedChosen: Option | undefined) {
  const { t } = useTranslation();
  const value = props.value ?? props.defaultValue ?? null;
  // Only the record of this value: a cleared or changed value keeps the earlier answer as placeholder data.
  const chosen = fetchedChosen?.value === value ? fetchedChosen : undefined;
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  // Opened on a chosen record, the search box holds its name: list from the top then, as Mantine does.
  const wanted = search === chosen?.label ? '' : searchText(search);
  const [query] = useDebouncedValue(wanted, 200);
  return {
    query,
    opened,
    /**
     * The Select's props for the store's answer to `query`: while none has come for what is typed (the query
     * still shows the previous answer, or the typing has paused for less than the debounce), it says it is loading
     * rather than show records that do not match.
     */
    selectProps: <Row,>(
      answer: { data?: { rows: Row[] }; isPlaceholderData: boolean },
      toOption: (row: Row) => Option,
    ): Partial<SelectProps> => {
      const found = wanted === query && !answer.isPlaceholderData ? answer.data?.rows.map(toOption) : undefined;
      const chosenFound = found?.some((option) => option.value === value) ?? false;
      const hideChosen = wanted !== '' && !chosenFound;
      return {
        data: chosen && !chosenFound ? [chosen, ...(found ?? [])] : (found ?? []),
        searchable: true,
        searchValue: search,
        onSearchChange: (text) => {
          setSearch(text);
          props.onSearchChange?.(text);
        },
        filter: ({ options }) =>
          hideChosen ? options.filter((option) => !('value' in option) || option.value !== value) : options,
        nothingFoundMessage: found ? t('common.nothingFound') : t('common.loading'),
        onDropdownOpen: () => {
          setOpened(true);
          props.onDropdownOpen?.();
        },
      };
    },
  };
}

/** A person as an option: their name, and their name in their own script when recorded. */
const personOption = (person: Person): Option => ({
  value: person.id,
  label: person.nativeName ? `${person.fullName} (${person.nativeName})` : person.fullName,
});

/** Pick a person by typing their name (or native-script name), accents optional (useStoreSearch). */
export function PersonSelect(props: RecordSelectProps) {
  const value = props.value ?? props.defaultValue ?? null;
  const chosen = useApiQuery('people.byIds', { ids: value ? [value] : [] }, { enabled: value !== null });
  const search = useStoreSearch(props, chosen.data?.[0] && personOption(chosen.data[0]));
  const found = useApiQuery(
    'people.page',
    { query: search.query, offset: 0, limit: SHOWN_OPTIONS },
    { enabled: search.opened },
  );
  return <Select {...props} {...search.selectProps(found, personOption)} />;
}

/** An organisation as an option: its name. */
const organizationOption = (organization: Organization): Option => ({
  value: organization.id,
  label: organization.name,
});

/**
 * Pick an organisation by typing its name or one of its aliases, accents optional (useStoreSearch): a ministry's
 * 5,000 were 1.4 MB fetched as the picker opened or held a value.
 */
export function OrganizationSelect(props: RecordSelectProps) {
  const value = props.value ?? props.defaultValue ?? null;
  const chosen = useApiQuery('organizations.get', { id: value ?? '' }, { enabled: value !== null });
  const search = useStoreSearch(props, chosen.data && organizationOption(chosen.data));
  const found = useApiQuery(
    'organizations.page',
    { query: search.query, offset: 0, limit: SHOWN_OPTIONS },
    { enabled: search.opened },
  );
  return <Select {...props} {...search.selectProps(found, organizationOption)} />;
}
