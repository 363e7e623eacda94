import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { encryptionDisableInput } from '../../../shared/domain/encryption.js';
import { callApi } from '../api/client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { CurrentPassphraseInput } from '../encryption/CurrentPassphraseInput.js';

/** Decrypts the store and its backups, after the passphrase proves it is the owner asking. */
export function DisableEncryptionDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { passphrase: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: encryptionDisableInput,
    toInput: (values) => values,
    save: (input) => callApi('encryption.disable', input),
    onSaved: onDone,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('encryption.disableTitle')}
    >
      <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
        <Stack>
          <Text size="sm">{t('encryption.disableExplain')}</Text>
          <ErrorAlert message={failure} />
          <CurrentPassphraseInput label={t('encryption.passphrase')} {...form.getInputProps('passphrase')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={saving}>
              {t('encryption.disableConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
