import { z } from 'zod';
import {
  encryptionChangePassphraseInput,
  encryptionEnableInput,
  encryptionRecoveryUnlockInput,
} from '../../../shared/domain/encryption.js';

/**
 * The API's own schemas with the "type it again" field a form adds: checked before sending, then
 * dropped (the API knows nothing of it).
 */
const mismatch = { path: ['confirm'], error: 'passphrase_mismatch' };
const confirm = { confirm: z.string() };

export const enableForm = encryptionEnableInput
  .extend(confirm)
  .refine((values) => values.confirm === values.passphrase, mismatch);
export const changePassphraseForm = encryptionChangePassphraseInput
  .extend(confirm)
  .refine((values) => values.confirm === values.next, mismatch);
export const recoveryUnlockForm = encryptionRecoveryUnlockInput
  .extend(confirm)
  .refine((values) => values.confirm === values.newPassphrase, mismatch);

export function withoutConfirm<T extends { confirm: string }>({ confirm: _confirm, ...input }: T): Omit<T, 'confirm'> {
  return input;
}
