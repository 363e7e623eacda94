import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Relationship } from '../../../shared/domain/relationship.js';
import { countryName } from '../../../shared/domain/country-names.js';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { SourcesPanel } from '../components/SourcesPanel.js';
import { PageHeader } from '../components/PageHeader.js';
import { AgreementTable } from '../agreements/AgreementsPage.js';
import { DelegationTable } from '../delegations/DelegationTable.js';
import { FollowUpTable } from '../follow-ups/FollowUpTable.js';
import { GiftsOf } from '../gifts/GiftsOf.js';
import { DirectionBadge } from '../delegations/DirectionBadge.js';
import { formatDateRange, formatPartialDate } from '../format/date.js';
import { RelationshipFormModal } from './RelationshipFormModal.js';

type Dialog = { kind: 'edit'; relationship?: Relationship } | { kind: 'delete'; relationship: Relationship };

/** A partner at a glance: ties with our side, the last meeting, and every visit both ways. */
export function OrganizationDossierPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const dossier = useApiQuery('organizations.dossier', { id });
  const [dialog, setDialog] = useState<Dialog>();
  const agreements = useApiQuery('agreements.list', { organizationId: id });
  const followUps = useApiQuery('followUps.list', { organizationId: id });

  function refresh() {
    setDialog(undefined);
    void queryClient.invalidateQueries({ queryKey: ['organizations.dossier'] });
  }

  if (dossier.error) return <ErrorAlert error={dossier.error} />;
  if (!dossier.data) return null;
  const { organization, relationships, visits, lastMeeting } = dossier.data;

  return (
    <Stack maw={1100}>
      <PageHeader
        title={organization.name}
        subtitle={[
          countryName(organization.country, i18n.language),
          t(`organizations.kinds.${organization.kind}`),
        ].join(' · ')}
      />
      {organization.aliases.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('organizations.fields.aliases')}: {organization.aliases.join(' · ')}
        </Text>
      )}

      <Paper withBorder p="md" bg="gray.0" component="section" aria-label={t('dossier.lastMeeting')}>
        <Title order={3} size="h4" mb="xs">
          {t('dossier.lastMeeting')}
        </Title>
        {lastMeeting ? (
          <Group gap="xs">
            <DirectionBadge direction={lastMeeting.direction} />
            <Anchor component={Link} to={`/delegations/${lastMeeting.id}`} fw={600}>
              {formatDateRange(lastMeeting.startDate, lastMeeting.endDate, i18n.language)} —{' '}
              {lastMeeting.visitingOrgName} → {lastMeeting.hostOrgName}
            </Anchor>
            {lastMeeting.headName && (
              <Text size="sm">
                ({lastMeeting.headName}
                {lastMeeting.headTitle ? `, ${lastMeeting.headTitle}` : ''})
              </Text>
            )}
          </Group>
        ) : (
          t('dossier.noMeeting')
        )}
      </Paper>

      <Group justify="space-between">
        <Title order={3}>{t('relationships.heading')}</Title>
        <Button variant="light" onClick={() => setDialog({ kind: 'edit' })}>
          {t('relationships.add')}
        </Button>
      </Group>
      {relationships.length === 0 ? (
        <Text>{t('relationships.none')}</Text>
      ) : (
        <Table withTableBorder aria-label={t('relationships.heading')}>
          <Table.Tbody>
            {relationships.map((relationship) => (
              <Table.Tr key={relationship.id}>
                <Table.Td>
                  <Text fw={600}>
                    {relationship.homeOrgName} — {relationship.partnerOrgName}
                  </Text>
                  {relationship.notes && <Text size="sm">{relationship.notes}</Text>}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`relationships.levels.${relationship.level}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  {relationship.establishedOn
                    ? t('relationships.since', { date: formatPartialDate(relationship.establishedOn, i18n.language) })
                    : t('relationships.sinceUnknown')}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'edit', relationship })}>
                      {t('common.edit')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'delete', relationship })}>
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={3}>{t('dossier.visits', { count: visits.length })}</Title>
      {visits.length === 0 ? (
        <Text>{t('dossier.noVisits')}</Text>
      ) : (
        <DelegationTable delegations={visits} label={t('dossier.visitsLabel')} />
      )}

      <Title order={3}>{t('agreements.title')}</Title>
      {agreements.data && agreements.data.length > 0 ? (
        <AgreementTable agreements={agreements.data} label={t('dossier.agreementsLabel')} />
      ) : (
        <Text>{t('agreements.empty')}</Text>
      )}

      <Title order={3}>{t('dossier.openFollowUps')}</Title>
      {followUps.data && followUps.data.length > 0 ? (
        <FollowUpTable followUps={followUps.data} label={t('dossier.openFollowUps')} />
      ) : (
        <Text>{t('followUps.none')}</Text>
      )}

      <GiftsOf organizationId={organization.id} />

      <SourcesPanel entity="organization" id={organization.id} />
      <HistoryPanel entity="organization" entityId={organization.id} />

      {dialog?.kind === 'edit' && (
        <RelationshipFormModal
          partnerOrgId={organization.id}
          relationship={dialog.relationship}
          onClose={() => setDialog(undefined)}
          onSaved={refresh}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('relationships.deleteTitle')}
          message={t('relationships.deleteConfirm', { name: dialog.relationship.homeOrgName })}
          confirmLabel={t('common.delete')}
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await callApi('relationships.delete', { id: dialog.relationship.id });
            refresh();
          }}
        />
      )}
    </Stack>
  );
}
