import { rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups } from '../../db/backup.js';
import { looksEncrypted, openDatabase, type Driver } from '../../db/driver.js';
import { RestoreRefusedError } from '../../db/errors.js';
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

/** A backup that cannot be read at all (damaged, or under a key nobody has): of no use to a restore. */
function unreadable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return error instanceof RestoreRefusedError || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/**
 * Brings every backup to the store's state: encrypted under `targetKey`, or plain when it is undefined.
 * A backup already in that state is left alone (its first bytes say which it is), so this is cheap to
 * run at every open and finishes what a crash interrupted. `knownKey` reads backups that are encrypted.
 * A backup that cannot be read with the key it has is deleted: it may hold readable records and no
 * restore can use it. Any other failure (disk full, a locked file) stops with the backup kept.
 */
function matchBackups(
  dataDir: string,
  nativeBinding: string | undefined,
  targetKey?: Buffer,
  knownKey?: Buffer,
): number {
  const folder = join(dataDir, BACKUP_FOLDER);
  let deleted = 0;
  for (const backup of listBackups(folder)) {
    const file = join(folder, backup.fileName);
    const encrypted = looksEncrypted(file);
    if (encrypted === (targetKey !== undefined) || (encrypted && !knownKey)) continue;
    const { atime, mtime } = statSync(file);
    try {
      replaceStoreFile(file, file, { nativeBinding, key: encrypted ? knownKey : undefined }, { key: targetKey });
      utimesSync(file, atime, mtime); // the list shows when a backup was taken, not when it was re-keyed
    } catch (error) {
      if (!unreadable(error)) throw error;
      rmSync(file, { force: true });
      deleted += 1;
    }
  }
  return deleted;
}

/**
 * Makes backups and attachments match the open store (encrypted with its key, or plain): run after every
 * open, so a crash in the middle of turning encryption on or off is finished at the next start.
 */
export function matchStoreEncryption(dataDir: string, driver: Driver): void {
  rekeyAttachments(dataDir, driver.key, driver.key);
  matchBackups(dataDir, driver.nativeBinding, driver.key, driver.key);
}

/**
 * Encrypts the open store, its attachments and its backups with `key` (the printed recovery key). The
 * key file goes first: a crash before the store is rewritten leaves a key file beside a plain store,
 * which the next start discards. A crash after it leaves an encrypted store with its key file, which
 * unlocks as usual and finishes the attachments and backups (matchStoreEncryption).
 */
export function encryptStore(
  dataDir: string,
  store: StoreHolder,
  key: Buffer,
  passphrase: string,
  keeper?: KeyKeeper,
): { backupsDeleted: number } {
  writeKeyFile(dataDir, lockKey(key, passphrase, keeper));
  try {
    store.rekey(key);
  } catch (error) {
    removeKeyFile(dataDir); // the store is as it was: plain
    throw error;
  }
  rekeyAttachments(dataDir, undefined, key);
  return { backupsDeleted: matchBackups(dataDir, store.options.nativeBinding, key) };
}

/**
 * Decrypts the attachments and backups while the key is at hand, then the store; the key file goes last
 * (a plain store beside it discards it). A crash before the store is rewritten leaves it encrypted with
 * its key file: the next unlock encrypts the attachments and backups again, so nothing is left
 * unreadable or half-done.
 */
export function decryptStore(dataDir: string, store: StoreHolder): { backupsDeleted: number } {
  const key = store.options.key;
  rekeyAttachments(dataDir, key, undefined);
  const backupsDeleted = matchBackups(dataDir, store.options.nativeBinding, undefined, key);
  store.rekey(undefined);
  removeKeyFile(dataDir);
  return { backupsDeleted };
}
