import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.js';

/** A failed load or save, in the user's language, with what the user can do about it; nothing when no error. */
export function ErrorAlert({ error, message, children }: { error?: unknown; message?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!error && !message) return null;
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      {message ?? errorText(error, t)}
      {children}
    </Alert>
  );
}
