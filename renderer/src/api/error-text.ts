import type { TFunction } from 'i18next';
import { ApiCallError } from './client.js';
import { UNREACHABLE } from './transport.js';

/**
 * A failure in the user's language: known codes and validation keys have their own sentence;
 * anything else carries the server's message.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiCallError) {
    if (error.message === UNREACHABLE) return t('errors.unreachable');
    if (error.code === 'unauthorized') return t('errors.unauthorized');
    if (error.code === 'not_found') return t('errors.not_found');
    if (error.code === 'internal') return t('errors.internal');
    if (error.code === 'backup_refused') return t('errors.backup_refused');
    if (error.code === 'recovery_mode') return t('errors.recovery_mode');
    if (error.code === 'locked') return t('errors.locked');
    const [key] = Object.values(error.fields);
    if (key) return t(`validation.${key}` as 'validation.invalid', { defaultValue: error.message });
  }
  return t('errors.generic', { message: error instanceof Error ? error.message : String(error) });
}
