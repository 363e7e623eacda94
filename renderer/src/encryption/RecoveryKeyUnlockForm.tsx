import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { NewPassphraseFields } from './NewPassphraseFields.js';
import { recoveryUnlockForm, withoutConfirm } from './passphrase-forms.js';

/**
 * Opens encrypted data with the printed recovery key and sets a new passphrase: for a forgotten
 * passphrase, or a key file that is damaged or lost.
 */
export function RecoveryKeyUnlockForm() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { recoveryKey: '', newPassphrase: '', confirm: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: recoveryUnlockForm,
    toInput: (values) => values,
    save: (input) => callApi('encryption.unlockWithRecoveryKey', withoutConfirm(input)),
    // app.info no longer says locked (or in recovery): the app replaces this screen.
    onSaved: () => void queryClient.invalidateQueries(),
  });
  return (
    <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
      <Stack>
        <Text size="sm">{t('encryption.recoveryIntro')}</Text>
        <ErrorAlert message={failure} />
        <Textarea
          label={t('encryption.recoveryKey')}
          description={t('encryption.recoveryKeyHint')}
          autosize
          minRows={2}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'monospace' } }}
          {...form.getInputProps('recoveryKey')}
        />
        <NewPassphraseFields form={form} field="newPassphrase" label={t('encryption.newPassphrase')} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('encryption.openWithRecoveryKey')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
