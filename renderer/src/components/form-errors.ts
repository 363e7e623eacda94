import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../shared/api/result.js';

/**
 * Splits validation keys (from the shared schema or from main) into messages for the form's fields,
 * keyed by path ("name", "participants.2.role"), and a line for keys that belong to no field of the form.
 */
export function translateFieldErrors(
  fields: FieldErrors,
  formValues: object,
  t: TFunction,
): { onFields: Record<string, string>; elsewhere: string | undefined } {
  const onFields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [path, key] of Object.entries(fields)) {
    const message = t(`validation.${key}` as 'validation.invalid', { defaultValue: key });
    if (path.split('.')[0]! in formValues) onFields[path] = message;
    else elsewhere.push(`${path}: ${message}`);
  }
  return { onFields, elsewhere: elsewhere.length > 0 ? elsewhere.join(' ') : undefined };
}
