import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpSource } from '../../../shared/domain/follow-up.js';
import { useApiQuery } from '../api/use-api-query.js';
import { FollowUpFormModal } from './FollowUpFormModal.js';
import { FollowUpTable } from './FollowUpTable.js';
import { useMyName } from './use-my-name.js';

/** The follow-ups that came from one delegation or agreement, and a button to add one with its source filled in. */
export function FollowUpsOf({
  sourceKind,
  sourceId,
  organizationId,
}: {
  sourceKind: FollowUpSource;
  sourceId: string;
  organizationId: string | null;
}) {
  const { t } = useTranslation();
  const [myName] = useMyName();
  const [creating, setCreating] = useState(false);
  const followUps = useApiQuery('followUps.list', { sourceId, includeClosed: true });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('followUps.title')}</Title>
        <Button variant="light" onClick={() => setCreating(true)}>
          {t('followUps.add')}
        </Button>
      </Group>
      {followUps.data &&
        (followUps.data.length === 0 ? (
          <Text size="sm">{t('followUps.none')}</Text>
        ) : (
          <FollowUpTable followUps={followUps.data} label={t('followUps.ofSource')} />
        ))}
      {creating && (
        <FollowUpFormModal
          source={{ kind: sourceKind, id: sourceId, organizationId }}
          defaultOwner={myName}
          onClose={() => setCreating(false)}
        />
      )}
    </Stack>
  );
}
