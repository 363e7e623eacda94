import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { formatDateTime } from '../format/date.js';
import { RestoreBackupDialog } from './RestoreBackupDialog.js';

/** Checked backups in the data folder: taken at start, every few hours, before migrations, and on demand. */
export function BackupSettings() {
  const { t, i18n } = useTranslation();
  const backups = useApiQuery('backups.list', {});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [restoring, setRestoring] = useState<string>();
  const [restored, setRestored] = useState<{ name: string; before: string }>();

  async function backUpNow() {
    setBusy(true);
    setRestored(undefined);
    setFailure(undefined);
    try {
      await callApi('backups.create', {});
      await queryClient.invalidateQueries({ queryKey: ['backups.list'] });
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('backups.title')}</Title>
        <Button loading={busy} onClick={() => void backUpNow()}>
          {t('backups.now')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('backups.intro')}
      </Text>
      <ErrorAlert error={backups.error} message={failure} />
      {restored && (
        <Alert color="green" role="status">
          {t('backups.restored', restored)}
        </Alert>
      )}
      {backups.data &&
        (backups.data.length === 0 ? (
          <Text>{t('backups.none')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('backups.title')}>
            <Table.Tbody>
              {backups.data.map((backup) => (
                <Table.Tr key={backup.fileName}>
                  <Table.Td>{formatDateTime(backup.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>{backup.fileName}</Table.Td>
                  <Table.Td>{`${Math.max(1, Math.round(backup.size / 1024))} KB`}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('backups.restoreLabel', { name: backup.fileName })}
                      onClick={() => setRestoring(backup.fileName)}
                    >
                      {t('backups.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      {restoring && (
        <RestoreBackupDialog
          name={restoring}
          onClose={() => setRestoring(undefined)}
          onRestored={async (result) => {
            setRestoring(undefined);
            setRestored({ name: result.restored.fileName, before: result.before.fileName });
            // Every screen's data came from the store that was just replaced.
            await queryClient.invalidateQueries();
          }}
        />
      )}
    </Stack>
  );
}
