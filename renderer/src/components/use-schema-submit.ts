import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { fieldErrors } from '../../../shared/api/field-errors.js';
import type { FieldErrors } from '../../../shared/api/result.js';
import { ApiCallError } from '../api/client.js';
import { errorText } from '../api/error-text.js';
import { translateFieldErrors } from './form-errors.js';

interface Options<Values, Schema extends z.ZodType, Saved> {
  form: UseFormReturnType<Values>;
  /** The same shared schema main validates with: the form is checked before anything is sent. */
  schema: Schema;
  /** Form values → API input (e.g. "14/10/2025" → "2025-10-14"). */
  toInput: (values: Values) => unknown;
  save: (input: z.output<Schema>) => Promise<Saved>;
  onSaved: (saved: Saved) => void;
  /** Schema paths → form paths, where a form names a field differently. */
  formPath?: (path: string) => string;
  /** Long forms also say at the top that fields need attention, since the first may be out of sight. */
  summarize?: boolean;
}

/**
 * The one way a form saves: check with the shared schema, call the API, and put every refusal —
 * the schema's or main's — on its field. What the user typed is never cleared by a failure.
 */
export function useSchemaSubmit<Values, Schema extends z.ZodType, Saved>(options: Options<Values, Schema, Saved>) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  function showFieldErrors(fields: FieldErrors) {
    const mapped = Object.fromEntries(
      Object.entries(fields).map(([path, key]) => [options.formPath ? options.formPath(path) : path, key]),
    );
    const { onFields, elsewhere } = translateFieldErrors(mapped, options.form.values as object, t);
    options.form.setErrors(onFields);
    setFailure(elsewhere ?? (options.summarize ? t('errors.checkFields') : undefined));
  }

  async function submit(values: Values) {
    setFailure(undefined);
    const checked = options.schema.safeParse(options.toInput(values));
    if (!checked.success) return showFieldErrors(fieldErrors(checked.error));
    setSaving(true);
    try {
      options.onSaved(await options.save(checked.data));
    } catch (error) {
      if (error instanceof ApiCallError && Object.keys(error.fields).length > 0) showFieldErrors(error.fields);
      else setFailure(errorText(error, t));
    } finally {
      setSaving(false);
    }
  }

  return { submit, saving, failure };
}
