import { Alert, Anchor, Button, Container, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encryptionUnlockInput, type LockedInfo } from '../../../shared/domain/encryption.js';
import { callApi } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';
import { RecoveryKeyUnlockForm } from './RecoveryKeyUnlockForm.js';

/**
 * Shown instead of the app while the encrypted store waits for its passphrase; the printed recovery
 * key is the way in when the passphrase is forgotten or the key file is damaged.
 */
export function UnlockScreen({ locked }: { locked: LockedInfo }) {
  const { t } = useTranslation();
  const [withRecoveryKey, setWithRecoveryKey] = useState(locked.keyFileDamaged);
  const [quit, setQuit] = useState(false);
  const [quitFailure, setQuitFailure] = useState<string>();
  const form = useForm({ initialValues: { passphrase: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: encryptionUnlockInput,
    toInput: (values) => values,
    save: (input) => callApi('encryption.unlock', input),
    onSaved: () => void queryClient.invalidateQueries(),
  });

  async function quitApp() {
    try {
      await callApi('recovery.quit', {});
      setQuit(true);
    } catch (error) {
      setQuitFailure(errorText(error, t));
    }
  }

  return (
    <Container size="sm" py="xl">
      <Stack>
        <Group justify="space-between" align="baseline">
          <Title order={1} size="h2">
            {t('encryption.unlockTitle')}
          </Title>
          <LanguageSwitch />
        </Group>
        {locked.keyFileDamaged && (
          <Alert color="red" role="alert">
            {t('encryption.keyFileDamaged')}
          </Alert>
        )}
        {quit ? (
          <Alert color="gray" role="status">
            {t('recovery.quitDone')}
          </Alert>
        ) : (
          <Paper withBorder p="md">
            {withRecoveryKey ? (
              <RecoveryKeyUnlockForm />
            ) : (
              <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
                <Stack>
                  <Text>{t('encryption.unlockIntro')}</Text>
                  <ErrorAlert message={failure} />
                  <PasswordInput
                    label={t('encryption.passphrase')}
                    autoComplete="current-password"
                    data-autofocus
                    {...form.getInputProps('passphrase')}
                  />
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
            <Button variant="default" onClick={() => void quitApp()}>
              {t('recovery.quit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Container>
  );
}
