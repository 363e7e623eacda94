import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { formatDateTime } from '../format/date.js';

/** Checked backups in the data folder: taken at start, every few hours, before migrations, and on demand. */
export function BackupSettings() {
  const { t, i18n } = useTranslation();
  const backups = useApiQuery('backups.list', {});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function backUpNow() {
    setBusy(true);
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
