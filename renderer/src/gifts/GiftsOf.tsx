import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/use-api-query.js';
import { GiftTable } from './GiftTable.js';

/** Gifts exchanged in one visit, or with one organisation (both directions). */
export function GiftsOf({ delegationId, organizationId }: { delegationId?: string; organizationId?: string }) {
  const { t } = useTranslation();
  const gifts = useApiQuery('gifts.list', {
    delegationId: delegationId ?? null,
    organizationId: organizationId ?? null,
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('gifts.history')}</Title>
        <Button
          variant="light"
          component={Link}
          to={delegationId ? `/gifts/new?delegation=${delegationId}` : '/gifts/new'}
        >
          {t('gifts.add')}
        </Button>
      </Group>
      {gifts.data &&
        (gifts.data.length === 0 ? (
          <Text size="sm">{t('gifts.none')}</Text>
        ) : (
          <GiftTable gifts={gifts.data} label={t('gifts.history')} />
        ))}
    </Stack>
  );
}
