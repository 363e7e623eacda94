import { Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FormActions } from '../components/FormActions.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { CurrentPassphraseInput } from '../encryption/CurrentPassphraseInput.js';
import { NewPassphraseFields } from '../encryption/NewPassphraseFields.js';
import { changePassphraseForm, withoutConfirm } from '../encryption/passphrase-forms.js';

/** A new passphrase for the same key: the store is not rewritten, and the printed recovery key stays valid. */
export function ChangePassphraseDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { current: '', next: '', confirm: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: changePassphraseForm,
    toInput: (values) => values,
    save: (input) => callApi('encryption.changePassphrase', withoutConfirm(input)),
    onSaved: onDone,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('encryption.changeTitle')}
    >
      <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
        <Stack>
          <ErrorAlert message={failure} />
          <CurrentPassphraseInput label={t('encryption.current')} {...form.getInputProps('current')} />
          <NewPassphraseFields form={form} field="next" label={t('encryption.newPassphrase')} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
