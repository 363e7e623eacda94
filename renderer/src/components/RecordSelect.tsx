import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.js';
import { foldedFilter } from './folded-filter.js';

type Props = Omit<SelectProps, 'data' | 'filter' | 'searchable'> & { excludeId?: string };

/** Pick an organisation by typing any part of its name, accents optional. */
export function OrganizationSelect({ excludeId, ...props }: Props) {
  const { t } = useTranslation();
  const organizations = useApiQuery('organizations.list', { query: '' });
  const data = (organizations.data ?? [])
    .filter((organization) => organization.id !== excludeId)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  return (
    <Select searchable filter={foldedFilter} nothingFoundMessage={t('common.nothingFound')} data={data} {...props} />
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
    <Select searchable filter={foldedFilter} nothingFoundMessage={t('common.nothingFound')} data={data} {...props} />
  );
}
