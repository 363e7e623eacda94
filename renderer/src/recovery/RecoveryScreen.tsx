import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryInfo } from '../../../shared/domain/backup.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { RecoveryKeyUnlockForm } from '../encryption/RecoveryKeyUnlockForm.js';
import { BackupContents } from '../settings/BackupContents.js';
import { useQuitApp } from './use-quit-app.js';
import { QuitDone, StandaloneScreen } from './StandaloneScreen.js';

/**
 * Shown instead of the app when the store would not open: what is wrong in plain words, where the
 * file is (untouched), and the two ways on — restore the newest good backup, or quit.
 */
export function RecoveryScreen({ recovery }: { recovery: RecoveryInfo }) {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const [restoreFailure, setRestoreFailure] = useState<string>();
  const { quitApp, quitting, quit, failure: quitFailure } = useQuitApp();
  const backup = recovery.newestGoodBackup;

  async function restoreNewest() {
    setRestoring(true);
    setRestoreFailure(undefined);
    try {
      await callApi('recovery.restoreNewest', {});
      // app.info answers without `recovery` now: the app replaces this screen.
      await queryClient.invalidateQueries();
    } catch (error) {
      setRestoreFailure(errorText(error, t));
    } finally {
      setRestoring(false);
    }
  }

  return (
    <StandaloneScreen title={t('recovery.title')}>
      <Alert color="red" role="alert" title={t(`recovery.reasons.${recovery.reason}`)}>
        {t('recovery.untouched')}
      </Alert>
      <Stack gap={4}>
        <Text fw={600}>{t('recovery.file')}</Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {recovery.path}
        </Code>
      </Stack>
      {quit ? (
        <QuitDone />
      ) : (
        <Paper withBorder p="md">
          <Stack>
            {backup ? (
              <>
                <Title order={2} size="h4">
                  {t('recovery.newest')}
                </Title>
                <BackupContents backup={backup} />
                <Text size="sm">{t('recovery.restoreExplain')}</Text>
              </>
            ) : (
              <Text>{t('recovery.noBackup')}</Text>
            )}
            <ErrorAlert message={restoreFailure ?? quitFailure} />
            <Group justify="flex-end">
              <Button variant="default" loading={quitting} onClick={() => void quitApp()}>
                {t('recovery.quit')}
              </Button>
              {backup && (
                <Button loading={restoring} onClick={() => void restoreNewest()}>
                  {t('recovery.restoreNewest')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      )}
      {!quit && recovery.reason === 'not_a_database' && (
        // An encrypted store whose key file is lost reads as "not a database": its recovery key opens it.
        <details>
          <summary>{t('encryption.maybeEncrypted')}</summary>
          <Paper withBorder p="md" mt="sm">
            <RecoveryKeyUnlockForm />
          </Paper>
        </details>
      )}
      <details>
        <summary>{t('recovery.details')}</summary>
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {recovery.message}
        </Text>
      </details>
    </StandaloneScreen>
  );
}
