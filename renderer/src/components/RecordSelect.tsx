import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.js';
import { foldedFilter } from './folded-filter.js';

type Props = Omit<SelectProps, 'data' | 'filter' | 'searchable'> & { excludeId?: string };

/**
 * Options drawn at a time; typing narrows to the matches. A ministry keeps 5,000 organisations and 100,000 people,
 * and drawing every option (hidden, each a styled element) made each page with such a field take a second to
 * appear (tests/bench/README.md).
 */
const OPTIONS_SHOWN = 50;

/** Pick an organisation by typing any part of its name, accents optional. */
export function OrganizationSelect({ excludeId, ...props }: Props) {
  const { t } = useTranslation();
  const organizations = useApiQuery('organizations.list', { query: '' });
  const data = (organizations.data ?? [])
    .filter((organization) => organization.id !== excludeId)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  return (
    <Select
      searchable
      filter={foldedFilter}
      limit={OPTIONS_SHOWN}
      nothingFoundMessage={t('common.nothingFound')}
      data={data}
      {...props}
    />
  );
}

/** Pick a person by typing any part of their name (or native-script name), accents optional. */
export function PersonSelect(props: Props) {
  const { t } = useTranslation();
  const people = useApiQuery('people.list', { query: '' });
  const data = (people.data ?? []).map((person) => ({
    value: person.id,
    label: person.nativeName ? `${person.fullName} (${person.nativeName})` : person.fullName,
  }));
  return (
    <Select
      searchable
      filter={foldedFilter}
      limit={OPTIONS_SHOWN}
      nothingFoundMessage={t('common.nothingFound')}
      data={data}
      {...props}
    />
  );
}
