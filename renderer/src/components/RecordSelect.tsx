import { Select, type SelectProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** Pick a person by typing any part of their name (or native-script name), accents optional. */
export function PersonSelect(props: RecordSelectProps) {
  const { needed, selectProps } = useOnDemand(props);
  const people = useApiQuery('people.list', { query: '' }, { enabled: needed });
  const data = (people.data ?? []).map((person) => ({
    value: person.id,
    label: person.nativeName ? `${person.fullName} (${person.nativeName})` : person.fullName,
  }));
  return <Select data={data} {...props} {...selectProps(!people.data)} />;
}
