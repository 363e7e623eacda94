import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups } from '../../db/backup.js';
import { openDatabase, type Driver } from '../../db/driver.js';
import { schemaVersion } from '../../db/migrations/runner.js';
import { replaceStoreFile } from '../../db/restore.js';
import { decodeRecoveryKey } from '../../shared/domain/recovery-key.js';
import { rekeyAttachments } from '../attachments/file-store.js';
import { BACKUP_FOLDER } from '../data-dir.js';
import { invalidField } from '../services/errors.js';
import type { StoreHolder } from '../store-holder.js';
import { readKeyFile, removeKeyFile, writeKeyFile, type KeyFile } from './key-file.js';
import type { KeyKeeper } from './key-keeper.js';
import { unwrapWithPassphrase, wrapWithPassphrase } from './passphrase.js';

/** The key file for `key`: locked with the passphrase, and sealed by the OS keyring where there is a real one. */
export function lockKey(key: Buffer, passphrase: string, keeper?: KeyKeeper): KeyFile {
  return {
    format: 1,
    passphrase: wrapWithPassphrase(key, passphrase),
    ...(keeper ? { keeper: keeper.seal(key) } : {}),
  };
}

/** The data key from the key file, or a refusal on the passphrase field. */
export function keyFromPassphrase(dataDir: string, passphrase: string, field = 'passphrase'): Buffer {
  const key = unwrapWithPassphrase(readKeyFile(dataDir).passphrase, passphrase);
  if (!key) throw invalidField(field, 'wrong_passphrase');
  return key;
}

/**
 * The data key a typed recovery key stands for, once it has opened the store file: a key with a typo
 * in it is refused on its field before anything is written.
 */
export function keyFromRecoveryKey(storeFile: string, driver: Driver, text: string): Buffer {
  const decoded = decodeRecoveryKey(text);
  if (!decoded) throw invalidField('recoveryKey', 'invalid_recovery_key');
  const key = Buffer.from(decoded);
  let opens = false;
  try {
    const db = openDatabase(storeFile, { ...driver, key }, { readonly: true, fileMustExist: true });
    try {
      schemaVersion(db); // the first read of an encrypted page: a wrong key fails here
      opens = true;
    } finally {
      db.close();
    }
  } catch {
    opens = false;
  }
  if (!opens) throw invalidField('recoveryKey', 'wrong_recovery_key');
  return key;
}

/**
 * Rewrites every backup under `targetKey` (`undefined`: plain), so that turning encryption on leaves no
 * readable copy of the records behind, and turning it off leaves backups this app can still restore.
 * A backup that cannot be read with the key it should have is of no use to a restore and may hold
 * readable records: it is deleted. Returns how many were deleted.
 */
function rekeyBackups(dataDir: string, driver: Driver, targetKey: Buffer | undefined): number {
  const folder = join(dataDir, BACKUP_FOLDER);
  let deleted = 0;
  for (const backup of listBackups(folder)) {
    const file = join(folder, backup.fileName);
    try {
      replaceStoreFile(file, file, driver, { key: targetKey });
    } catch {
      rmSync(file, { force: true });
      deleted += 1;
    }
  }
  return deleted;
}

/**
 * Encrypts the open store, its backups and its attachments with `key` (the printed recovery key). The
 * store goes first and the key file right after it: a crash in between leaves an encrypted store that
 * the recovery key opens, never a key file beside a plain store that would lock the user out.
 */
export function encryptStore(
  dataDir: string,
  store: StoreHolder,
  key: Buffer,
  passphrase: string,
  keeper?: KeyKeeper,
): { backupsDeleted: number } {
  const plain = { ...store.options, key: undefined };
  store.rekey(key);
  writeKeyFile(dataDir, lockKey(key, passphrase, keeper));
  rekeyAttachments(dataDir, undefined, key);
  return { backupsDeleted: rekeyBackups(dataDir, plain, key) };
}

/**
 * Decrypts the attachments, the open store and its backups; the key file goes last (a plain store
 * ignores a stale one). Attachments go first: one left encrypted after a crash would need a key that a
 * plain store no longer has, while a plain one reads the same either way.
 */
export function decryptStore(dataDir: string, store: StoreHolder): { backupsDeleted: number } {
  const encrypted = { ...store.options };
  rekeyAttachments(dataDir, encrypted.key, undefined);
  store.rekey(undefined);
  const backupsDeleted = rekeyBackups(dataDir, encrypted, undefined);
  removeKeyFile(dataDir);
  return { backupsDeleted };
}
