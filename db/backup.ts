import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupFile } from '../shared/api/contract.js';
import type { Store } from './connection.js';
import { openDatabase, type Driver } from './driver.js';

export type { BackupFile };

const PREFIX = 'protocol-desk-';

/** Does the file pass SQLite's own integrity check? Opened read-only: a check never writes. */
export function passesIntegrityCheck(file: string, driver: Driver): boolean {
  let db: Store | undefined;
  try {
    db = openDatabase(file, driver, { readonly: true, fileMustExist: true });
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * A consistent copy of the open store, written by SQLite itself (VACUUM INTO: a transaction-consistent
 * snapshot, never a raw file copy; SQLite's backup API cannot copy an encrypted store, VACUUM INTO writes the
 * copy encrypted with the same key), then checked with that key. A copy that fails its check is deleted
 * and the call fails: a bad backup is never kept.
 */
export function backupStore(db: Store, folder: string, now: Date, reason: string, driver: Driver): BackupFile {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const fileName = `${PREFIX}${stamp}-${reason}.db`;
  const file = join(folder, fileName);
  mkdirSync(folder, { recursive: true });
  db.prepare('VACUUM INTO ?').run(file);
  if (!passesIntegrityCheck(file, driver)) {
    rmSync(file, { force: true });
    throw new Error(`The backup ${fileName} failed its integrity check and was removed.`);
  }
  return { fileName, createdAt: now.toISOString(), size: statSync(file).size };
}

/** Backups in the folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.db'))
    .map((fileName) => {
      const stat = statSync(join(folder, fileName));
      return { fileName, createdAt: stat.mtime.toISOString(), size: stat.size };
    })
    .sort((a, b) => b.fileName.localeCompare(a.fileName));
}

/** Keeps the newest `keep` backups and deletes the rest. */
export function pruneBackups(folder: string, keep: number): void {
  for (const old of listBackups(folder).slice(keep)) rmSync(join(folder, old.fileName), { force: true });
}
