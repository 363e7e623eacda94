import { Alert, Button, Checkbox, Code, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../api/client.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { isolatedSubmit } from '../components/isolated-submit.js';
import { useSchemaSubmit } from '../components/use-schema-submit.js';
import { NewPassphraseFields } from '../encryption/NewPassphraseFields.js';
import { enableForm, withoutConfirm } from '../encryption/passphrase-forms.js';
import { printRecoveryKey, RecoveryKeySheet } from '../encryption/RecoveryKeySheet.js';

interface Props {
  dataDir: string;
  onClose: () => void;
  onDone: (result: { backupsDeleted: number }) => void;
}

/**
 * Turning encryption on, in two steps: first the recovery key, printed or copied and confirmed as
 * kept (without it a forgotten passphrase loses everything); then the passphrase. Main encrypts with
 * the very key shown, so what was printed is what opens the data.
 */
export function EnableEncryptionDialog({ dataDir, onClose, onDone }: Props) {
  const { t } = useTranslation();
  // Asked once per opening and kept in this dialog only: not a cached query, which a refetch could swap
  // for another key while the user copies this one.
  const [fresh, setFresh] = useState<{ data?: { recoveryKey: string }; error?: unknown }>({});
  useEffect(() => {
    let current = true;
    callApi('encryption.newRecoveryKey', {}).then(
      (data) => current && setFresh({ data }),
      (error: unknown) => current && setFresh({ error }),
    );
    return () => {
      current = false;
    };
  }, []);
  const [kept, setKept] = useState(false);
  const [step, setStep] = useState<'key' | 'passphrase'>('key');
  const recoveryKey = fresh.data?.recoveryKey ?? '';
  const form = useForm({ initialValues: { passphrase: '', confirm: '' } });
  const { submit, saving, failure } = useSchemaSubmit({
    form,
    schema: enableForm,
    toInput: (values) => ({ ...values, recoveryKey }),
    save: (input) => callApi('encryption.enable', withoutConfirm(input)),
    onSaved: onDone,
  });

  return (
    <Modal
      opened
      onClose={saving ? () => {} : onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('encryption.enableTitle')}
      size="lg"
    >
      {!fresh.data && !fresh.error && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={fresh.error} />
      {fresh.data && step === 'key' && (
        <Stack>
          <Text size="sm">{t('encryption.keyStepIntro')}</Text>
          <Code
            block
            aria-label={t('encryption.recoveryKey')}
            style={{ fontSize: '1.1rem', letterSpacing: '0.06em', whiteSpace: 'pre-wrap', overflow: 'visible' }}
          >
            {recoveryKey}
          </Code>
          <RecoveryKeySheet recoveryKey={recoveryKey} dataDir={dataDir} />
          <Group>
            <Button variant="default" onClick={printRecoveryKey}>
              {t('encryption.printKey')}
            </Button>
          </Group>
          <Checkbox
            label={t('encryption.keySaved')}
            checked={kept}
            onChange={(event) => setKept(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button disabled={!kept} onClick={() => setStep('passphrase')}>
              {t('encryption.next')}
            </Button>
          </Group>
        </Stack>
      )}
      {fresh.data && step === 'passphrase' && (
        <form onSubmit={isolatedSubmit(form.onSubmit(submit))} noValidate>
          <Stack>
            <ErrorAlert message={failure} />
            <NewPassphraseFields form={form} field="passphrase" label={t('encryption.passphrase')} />
            {saving && (
              <Alert color="blue" role="status">
                {t('encryption.enabling')}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" disabled={saving} onClick={() => setStep('key')}>
                {t('encryption.back')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('encryption.enableConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
