import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { SourcesPanel } from '../components/SourcesPanel.js';
import { PageHeader } from '../components/PageHeader.js';
import { formatDateRange } from '../format/date.js';
import { PersonFormModal } from './PersonFormModal.js';

/** A person and every appearance, newest first, each with the title held at that visit. */
export function PersonPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const page = useApiQuery('people.get', { id });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (page.error) return <ErrorAlert error={page.error} />;
  if (!page.data) return null;
  const { person, appearances } = page.data;
  return (
    <Stack>
      <PageHeader
        title={person.nativeName ? `${person.fullName} · ${person.nativeName}` : person.fullName}
        subtitle={[person.honorific, person.formOfAddress].filter(Boolean).join(' — ')}
        actions={
          <>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button variant="default" onClick={() => setDeleting(true)}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      {person.protocolNotes && (
        <Text>
          <strong>{t('people.fields.protocolNotes')}:</strong> {person.protocolNotes}
        </Text>
      )}
      <Title order={3}>{t('people.appearances')}</Title>
      {appearances.length === 0 ? (
        <Text>{t('people.noAppearances')}</Text>
      ) : (
        <Table withTableBorder aria-label={t('people.appearances')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('delegations.columns.dates')}</Table.Th>
              <Table.Th>{t('delegations.columns.delegation')}</Table.Th>
              <Table.Th>{t('participants.title')}</Table.Th>
              <Table.Th>{t('participants.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {appearances.map((appearance) => (
              <Table.Tr key={appearance.participantId}>
                <Table.Td>{formatDateRange(appearance.startDate, appearance.endDate, i18n.language)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/delegations/${appearance.delegationId}`}>
                    {appearance.visitingOrgName} → {appearance.hostOrgName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text fw={600}>{appearance.title || '—'}</Text>
                  {appearance.organizationName && (
                    <Text size="sm" c="dimmed">
                      {appearance.organizationName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light" color="gray">
                      {t(`participants.sides.${appearance.side}`)}
                    </Badge>
                    <Badge variant="light">{t(`participants.roles.${appearance.role}`)}</Badge>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SourcesPanel entity="person" id={person.id} />
      <HistoryPanel entity="person" entityId={person.id} />
      {deleting && (
        <ConfirmDialog
          title={t('people.deleteTitle')}
          message={t('people.deleteConfirm', { name: person.fullName })}
          confirmLabel={t('common.delete')}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await callApi('people.delete', { id });
            await queryClient.invalidateQueries({ queryKey: ['people.list'] });
            await queryClient.invalidateQueries({ queryKey: ['people.page'] });
            void navigate('/people');
          }}
        />
      )}
      {editing && (
        <PersonFormModal
          person={person}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void queryClient.invalidateQueries({ queryKey: ['people.get'] });
            void queryClient.invalidateQueries({ queryKey: ['history.list'] });
          }}
        />
      )}
    </Stack>
  );
}
