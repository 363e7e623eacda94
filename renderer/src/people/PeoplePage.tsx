import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePagedList } from '../api/use-paged-list.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ListLoader } from '../components/ListLoader.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { PageHeader } from '../components/PageHeader.js';
import { ShowMore } from '../components/ShowMore.js';
import { PersonFormModal } from './PersonFormModal.js';
import { SearchField, useSearchQuery } from '../components/SearchField.js';

export function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const query = useSearchQuery(search);
  const [creating, setCreating] = useState(false);
  const people = usePagedList('people.page', { query });

  return (
    <Stack>
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.intro')}
        actions={
          <>
            <ExportMenu list="people" filter={{ query }} />
            <Button onClick={() => setCreating(true)}>{t('people.add')}</Button>
          </>
        }
      />
      <SearchField
        placeholder={t('people.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={520}
      />
      <ErrorAlert error={people.error} />
      <ListLoader pending={people.pending} />
      {people.rows &&
        (people.rows.length === 0 ? (
          <Text>{query ? t('common.noMatch', { query }) : t('people.empty')}</Text>
        ) : (
          <>
            <Table striped highlightOnHover withTableBorder aria-label={t('people.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people.fields.fullName')}</Table.Th>
                  <Table.Th>{t('people.fields.nativeName')}</Table.Th>
                  <Table.Th>{t('people.fields.protocolNotes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.rows.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                        {person.fullName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{person.nativeName}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {person.protocolNotes}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ShowMore list={people} words="people" />
          </>
        ))}
      {creating && (
        <PersonFormModal
          onClose={() => setCreating(false)}
          onSaved={(person) => void navigate(`/people/${person.id}`)}
        />
      )}
    </Stack>
  );
}
