import { Alert, Button, Code, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryInfo } from '../../../shared/domain/backup.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';
import { RecoveryKeyUnlockForm } from '../encryption/RecoveryKeyUnlockForm.js';
import { BackupContents } from '../settings/BackupContents.js';

/**
 * Shown instead of the app when the store would not open: what is wrong in plain words, where the
 * file is (untouched), and the two ways on — restore the newest good backup, or quit.
 */
export function RecoveryScreen({ recovery }: { recovery: RecoveryInfo }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'restore' | 'quit'>();
  const [failure, setFailure] = useState<string>();
  const [quit, setQuit] = useState(false);
  const backup = recovery.newestGoodBackup;

  async function run(action: 'restore' | 'quit') {
    setBusy(action);
    setFailure(undefined);
    try {
      if (action === 'quit') {
        await callApi('recovery.quit', {});
        setQuit(true);
      } else {
        await callApi('recovery.restoreNewest', {});
        // app.info answers without `recovery` now: the app replaces this screen.
        await queryClient.invalidateQueries();
      }
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Container size="sm" py="xl">
      <Stack>
        <Group justify="space-between" align="baseline">
          <Title order={1} size="h2">
            {t('recovery.title')}
          </Title>
          <LanguageSwitch />
        </Group>
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
          <Alert color="gray" role="status">
            {t('recovery.quitDone')}
          </Alert>
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
              <ErrorAlert message={failure} />
              <Group justify="flex-end">
                <Button variant="default" loading={busy === 'quit'} onClick={() => void run('quit')}>
                  {t('recovery.quit')}
                </Button>
                {backup && (
                  <Button loading={busy === 'restore'} onClick={() => void run('restore')}>
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
      </Stack>
    </Container>
  );
}
