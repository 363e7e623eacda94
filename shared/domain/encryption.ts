import { z } from 'zod';
import { decodeRecoveryKey } from './recovery-key.js';

/** Present in app.info while an encrypted store waits to be unlocked. */
export interface LockedInfo {
  /** The key file is unreadable: only the printed recovery key can unlock. */
  keyFileDamaged: boolean;
}

export interface EncryptionStatus {
  enabled: boolean;
  /** The OS keyring holds the key for this computer, so the store opens at start without the passphrase. */
  keptByOs: boolean;
  /** Whether this computer has a real OS keyring (only the desktop app can use one). */
  osKeeperAvailable: boolean;
}

export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 1000;

/** A passphrase being set: long enough to resist guessing on a stolen laptop. */
const newPassphrase = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .min(PASSPHRASE_MIN, { error: 'passphrase_too_short' })
  .max(PASSPHRASE_MAX, { error: 'too_long' });

/** A passphrase being checked: any length could be the one that was set (the check says if it is). */
const givenPassphrase = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(PASSPHRASE_MAX, { error: 'too_long' });

const recoveryKey = z
  .string({ error: 'required' })
  .min(1, { error: 'required' })
  .max(200, { error: 'invalid_recovery_key' })
  .refine((text) => decodeRecoveryKey(text) !== undefined, { error: 'invalid_recovery_key' });

export const encryptionEnableInput = z.strictObject({ passphrase: newPassphrase, recoveryKey });
export const encryptionChangePassphraseInput = z.strictObject({ current: givenPassphrase, next: newPassphrase });
export const encryptionDisableInput = z.strictObject({ passphrase: givenPassphrase });
export const encryptionUnlockInput = z.strictObject({ passphrase: givenPassphrase });
export const encryptionRecoveryUnlockInput = z.strictObject({ recoveryKey, newPassphrase });
