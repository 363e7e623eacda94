import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encryptionUnlockInput, type LockedInfo } from '../../../shared/domain/encryption.js';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { useQuitApp } from '../recovery/use-quit-app.js';
import { CurrentPassphraseInput } from './CurrentPassphraseInput.js';
import { RecoveryKeyUnlockForm } from './RecoveryKeyUnlockForm.js';
import { QuitDone, StandaloneScreen } from '../recovery/StandaloneScreen.js';

/**
 * Shown instead of the app while the encrypted store waits for its passphrase; the printed recovery
 * key is the way in when the passphrase is forgotten or the key file is damaged.
 */
export function UnlockScreen({ locked }: { locked: LockedInfo }) {
  const { t } = useTranslation();
  const [withRecoveryKey, setWithRecoveryKey] = useState(locked.keyFileDamaged);
  const { quitApp, quitting, quit, failure: quitFailure } = useQuitApp();
  const form = useForm({ initialValues: { passphrase: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: encryptionUnlockInput,
    toInput: (values) => values,
    save: (input) => callApi('encryption.unlock', input),
    onSaved: () => void queryClient.invalidateQueries(),
  });

  return (
    <StandaloneScreen title={t('encryption.unlockTitle')}>
      {locked.keyFileDamaged && (
        <Alert color="red" role="alert">
          {t('encryption.keyFileDamaged')}
        </Alert>
      )}
      {quit ? (
        <QuitDone />
      ) : (
        <Paper withBorder p="md">
          {withRecoveryKey ? (
            <RecoveryKeyUnlockForm />
          ) : (
            <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
              <Stack>
                <Text>{t('encryption.unlockIntro')}</Text>
                <ErrorAlert message={failure} />
                <CurrentPassphraseInput label={t('encryption.passphrase')} {...form.getInputProps('passphrase')} />
                <Group justify="space-between">
                  <Anchor component="button" type="button" onClick={() => setWithRecoveryKey(true)}>
                    {t('encryption.forgot')}
                  </Anchor>
                  <Button type="submit" loading={saving}>
                    {t('encryption.unlock')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Paper>
      )}
      <ErrorAlert message={quitFailure} />
      {!quit && (
        <Group justify="space-between">
          {withRecoveryKey && !locked.keyFileDamaged ? (
            <Anchor component="button" type="button" onClick={() => setWithRecoveryKey(false)}>
              {t('encryption.usePassphrase')}
            </Anchor>
          ) : (
            <span />
          )}
          <Button variant="default" loading={quitting} onClick={() => void quitApp()}>
            {t('recovery.quit')}
          </Button>
        </Group>
      )}
    </StandaloneScreen>
  );
}
