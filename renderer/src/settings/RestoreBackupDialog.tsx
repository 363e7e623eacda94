import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../../shared/domain/backup.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { BackupContents } from './BackupContents.js';

interface Props {
  name: string;
  onClose: () => void;
  onRestored: (result: RestoreResult) => Promise<void>;
}

/**
 * Asks before a restore, showing what the backup holds (after main has checked it). A backup that
 * fails its check shows why and cannot be confirmed.
 */
export function RestoreBackupDialog({ name, onClose, onRestored }: Props) {
  const { t } = useTranslation();
  const details = useApiQuery('backups.inspect', { name });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function restore() {
    setBusy(true);
    setFailure(undefined);
    try {
      await onRestored(await callApi('backups.restore', { name }));
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('backups.restoreTitle')}
      size="lg"
    >
      <Stack>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {name}
        </Text>
        {details.isPending && (
          <Group gap="xs">
            <Loader size="sm" aria-label={t('backups.checking')} />
            <Text>{t('backups.checking')}</Text>
          </Group>
        )}
        {details.data && <BackupContents backup={details.data} />}
        {details.data && <Text>{t('backups.restoreExplain')}</Text>}
        <ErrorAlert error={details.error} message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {/* red.9: white text on the default red fails contrast */}
          <Button color="red.9" loading={busy} disabled={!details.data} onClick={() => void restore()}>
            {t('backups.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
