import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Delegation, Participant } from '../../../shared/domain/delegation.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { HistoryPanel } from '../components/HistoryPanel.js';
import { SourcesPanel } from '../components/SourcesPanel.js';
import { PageHeader } from '../components/PageHeader.js';
import { formatDateRange, formatEngagementTime } from '../format/date.js';
import { FollowUpsOf } from '../follow-ups/FollowUpsOf.js';
import { GiftsOf } from '../gifts/GiftsOf.js';
import { DirectionBadge } from './DirectionBadge.js';

function ParticipantTable({ participants, label }: { participants: Participant[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>#</Table.Th>
          <Table.Th>{t('participants.person', { number: '' })}</Table.Th>
          <Table.Th>{t('participants.title')}</Table.Th>
          <Table.Th>{t('participants.role')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {participants.map((participant, index) => (
          <Table.Tr key={participant.id}>
            <Table.Td>{index + 1}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/people/${participant.personId}`} fw={600}>
                {participant.fullName}
              </Anchor>
              {participant.nativeName && <Text size="sm">{participant.nativeName}</Text>}
            </Table.Td>
            <Table.Td>{participant.title}</Table.Td>
            <Table.Td>{t(`participants.roles.${participant.role}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Programme({ delegation }: { delegation: Delegation }) {
  const { t, i18n } = useTranslation();
  const names = new Map(delegation.participants.map((participant) => [participant.personId, participant.fullName]));
  if (delegation.engagements.length === 0) return <Text>{t('engagements.none')}</Text>;
  return (
    <Table withTableBorder aria-label={t('engagements.heading')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('engagements.time')}</Table.Th>
          <Table.Th>{t('engagements.kindColumn')}</Table.Th>
          <Table.Th>{t('engagements.summary')}</Table.Th>
          <Table.Th>{t('engagements.outcome')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {delegation.engagements.map((engagement) => (
          <Table.Tr key={engagement.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatEngagementTime(engagement.startsAt, i18n.language)}
            </Table.Td>
            <Table.Td>
              <Text fw={600}>{t(`engagements.kinds.${engagement.kind}`)}</Text>
              {engagement.place && <Text size="sm">{engagement.place}</Text>}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{engagement.summary}</Text>
              {engagement.personIds.length > 0 && (
                <Text size="sm" c="dimmed">
                  {engagement.personIds.map((id) => names.get(id)).join(', ')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{engagement.outcome}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One visit: who came, who received them, the programme, and its history. Delete is soft, with undo. */
export function DelegationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const delegation = useApiQuery('delegations.get', { id });
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function restore() {
    try {
      await callApi('delegations.restore', { id });
      setDeleted(false);
      await queryClient.invalidateQueries();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  }

  if (deleted) {
    return (
      <Alert color="orange" title={t('delegations.deletedTitle')} role="status">
        <Stack gap="xs">
          <Text size="sm">{t('delegations.deletedText')}</Text>
          <ErrorAlert message={failure} />
          <Group>
            <Button onClick={() => void restore()}>{t('delegations.restore')}</Button>
            <Button variant="default" component={Link} to="/delegations">
              {t('delegations.backToList')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  if (delegation.error) return <ErrorAlert error={delegation.error} />;
  if (!delegation.data) return null;
  const visit = delegation.data;
  const guests = visit.participants.filter((participant) => participant.side === 'guest');
  const hosts = visit.participants.filter((participant) => participant.side === 'host');

  return (
    <Stack maw={1100}>
      <PageHeader
        title={`${visit.visitingOrgName} → ${visit.hostOrgName}`}
        subtitle={[formatDateRange(visit.startDate, visit.endDate, i18n.language), visit.place]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            <Button variant="default" component={Link} to={`/delegations/${visit.id}/briefing`}>
              {t('briefing.open')}
            </Button>
            <Button component={Link} to={`/delegations/${visit.id}/edit`}>
              {t('common.edit')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(true)}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      <Group gap="xs">
        <DirectionBadge direction={visit.direction} />
        <Badge variant="outline" color="gray.8">
          {t(`delegations.statuses.${visit.status}`)}
        </Badge>
        <Anchor
          component={Link}
          to={`/organizations/${visit.direction === 'incoming' ? visit.visitingOrgId : visit.hostOrgId}`}
        >
          {t('delegations.openDossier')}
        </Anchor>
      </Group>
      {visit.purpose && (
        <Text>
          <strong>{t('delegations.fields.purpose')}:</strong> {visit.purpose}
        </Text>
      )}
      {visit.notes && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <strong>{t('delegations.fields.notes')}:</strong> {visit.notes}
        </Text>
      )}
      <Title order={3}>{t('participants.guests', { count: guests.length })}</Title>
      {guests.length > 0 ? (
        <ParticipantTable participants={guests} label={t('participants.guestsLabel')} />
      ) : (
        <Text>—</Text>
      )}
      <Title order={3}>{t('participants.hosts')}</Title>
      {hosts.length > 0 ? (
        <ParticipantTable participants={hosts} label={t('participants.hostsLabel')} />
      ) : (
        <Text>—</Text>
      )}
      <Title order={3}>{t('engagements.heading')}</Title>
      <Programme delegation={visit} />
      <GiftsOf delegationId={visit.id} />
      <FollowUpsOf
        sourceKind="delegation"
        sourceId={visit.id}
        organizationId={visit.direction === 'incoming' ? visit.visitingOrgId : visit.hostOrgId}
      />
      <SourcesPanel entity="delegation" id={visit.id} />
      <HistoryPanel entity="delegation" entityId={visit.id} />
      {confirming && (
        <ConfirmDialog
          title={t('delegations.deleteTitle')}
          message={t('delegations.deleteConfirm')}
          confirmLabel={t('common.delete')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await callApi('delegations.delete', { id });
            setConfirming(false);
            setDeleted(true);
            await queryClient.invalidateQueries({ queryKey: ['delegations.list'] });
            await queryClient.invalidateQueries({ queryKey: ['delegations.page'] });
          }}
        />
      )}
    </Stack>
  );
}
