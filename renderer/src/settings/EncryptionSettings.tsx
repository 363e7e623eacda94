import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ChangePassphraseDialog } from './ChangePassphraseDialog.js';
import { DisableEncryptionDialog } from './DisableEncryptionDialog.js';
import { EnableEncryptionDialog } from './EnableEncryptionDialog.js';

type Dialog = 'enable' | 'change' | 'disable';

/** Encryption at rest: whether it is on, and the ways to turn it on, change its passphrase or turn it off. */
export function EncryptionSettings({ dataDir }: { dataDir: string }) {
  const { t } = useTranslation();
  const status = useApiQuery('encryption.status', {});
  const [dialog, setDialog] = useState<Dialog>();
  const [done, setDone] = useState<string>();

  async function finished(message: string) {
    setDialog(undefined);
    setDone(message);
    await queryClient.invalidateQueries();
  }

  const enabled = status.data?.enabled;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>{t('encryption.title')}</Title>
          {status.data && (
            <Badge color={enabled ? 'green.9' : 'gray.7'} variant="filled">
              {enabled ? t('encryption.statusOn') : t('encryption.statusOff')}
            </Badge>
          )}
        </Group>
        {status.data && (
          <Group gap="xs">
            {enabled ? (
              <>
                <Button variant="default" onClick={() => setDialog('change')}>
                  {t('encryption.change')}
                </Button>
                <Button variant="default" onClick={() => setDialog('disable')}>
                  {t('encryption.disable')}
                </Button>
              </>
            ) : (
              <Button onClick={() => setDialog('enable')}>{t('encryption.enable')}</Button>
            )}
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('encryption.intro')}
      </Text>
      {enabled && (
        <Text size="sm">{status.data?.keptByOs ? t('encryption.keptByOs') : t('encryption.askedAtStart')}</Text>
      )}
      <ErrorAlert error={status.error} />
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      {dialog === 'enable' && (
        <EnableEncryptionDialog
          dataDir={dataDir}
          onClose={() => setDialog(undefined)}
          onDone={(result) =>
            void finished(
              [
                t('encryption.enabled'),
                result.backupsDeleted > 0 ? t('encryption.backupsDeleted', { count: result.backupsDeleted }) : '',
              ]
                .join(' ')
                .trim(),
            )
          }
        />
      )}
      {dialog === 'change' && (
        <ChangePassphraseDialog
          onClose={() => setDialog(undefined)}
          onDone={() => void finished(t('encryption.changed'))}
        />
      )}
      {dialog === 'disable' && (
        <DisableEncryptionDialog
          onClose={() => setDialog(undefined)}
          onDone={() => void finished(t('encryption.disabled'))}
        />
      )}
    </Stack>
  );
}
