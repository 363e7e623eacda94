import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN } from '../../../shared/domain/encryption.js';

/** A new passphrase and the same typed again, as every form that sets one asks for them. */
export function NewPassphraseFields<Values>({
  form,
  field,
  label,
}: {
  form: UseFormReturnType<Values>;
  field: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={label}
        description={t('encryption.passphraseHint', { min: PASSPHRASE_MIN })}
        autoComplete="new-password"
        {...form.getInputProps(field)}
      />
      <PasswordInput label={t('encryption.confirm')} autoComplete="new-password" {...form.getInputProps('confirm')} />
    </>
  );
}
