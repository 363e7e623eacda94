import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.js';

/** A failed load or save, in the user's language; nothing when there is no error. */
export function ErrorAlert({ error, message }: { error?: unknown; message?: string }) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      {message ?? errorText(error, t)}
    </Alert>
  );
}
