import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { RECORD_KINDS, type RecordCounts } from '../shared/domain/backup.js';
import { RestoreRefusedError } from './errors.js';
import type { Store } from './connection.js';
import { changeKey, openDatabase, type Driver } from './driver.js';
import { fsyncPath } from './durable-file.js';
import { schemaVersion } from './migrations/runner.js';

export interface StoreFileDetails {
  schemaVersion: number;
  /** Active (not deleted) records per kind; a kind the file's schema does not have yet counts 0. */
  counts: RecordCounts;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

function openReadOnly(file: string, driver: Driver): Store {
  return openDatabase(file, driver, { readonly: true, fileMustExist: true });
}

/**
 * What a backup holds, after SQLite's full integrity check. Throws RestoreRefusedError for a file
 * that fails the check (or is not a database at all) or that a newer version of the app wrote.
 */
export function inspectStoreFile(file: string, latestVersion: number, driver: Driver): StoreFileDetails {
  let db: Store | undefined;
  try {
    db = openReadOnly(file, driver);
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw refusedCheck(file);
    const version = schemaVersion(db);
    if (version > latestVersion) {
      throw new RestoreRefusedError(
        'from_newer_version',
        `The backup ${file} was written by a newer version of Protocol Desk (schema ${version}, this version knows ${latestVersion}). Open it with the newer version.`,
      );
    }
    const store = db;
    const tables = new Set(
      store
        .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table'`)
        .all()
        .map((row) => row.name),
    );
    const counts = Object.fromEntries(
      RECORD_KINDS.map((kind) => [
        kind,
        // Identifiers from the fixed list above, never from input.
        tables.has(kind)
          ? store.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${kind} WHERE deleted_at IS NULL`).get()!.n
          : 0,
      ]),
    ) as RecordCounts;
    return { schemaVersion: version, counts };
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw error;
    throw refusedCheck(file);
  } finally {
    db?.close();
  }
}

function refusedCheck(file: string): RestoreRefusedError {
  return new RestoreRefusedError(
    'failed_check',
    `The backup ${file} fails SQLite's integrity check: it is not restored.`,
  );
}

/**
 * Puts a copy of `source` (a checked backup, or the store itself when only its key changes) in place of
 * `liveFile`, which no connection may hold open. The copy is written by SQLite (VACUUM INTO from a
 * read-only connection: a consistent snapshot, encrypted like its source), switched to a rollback
 * journal so it stands alone, given `rekeyTo.key` when that is asked (encrypting, decrypting), checked with the key it now has, flushed, and only then renamed over the live file — a
 * rename is atomic, so a crash leaves the old store or the new one, never a mix. The live store's stale
 * -wal/-shm go before the rename: an old log replayed onto the new file would corrupt it, and a crash
 * between the two steps leaves the old, already checkpointed store.
 */
export function replaceStoreFile(
  liveFile: string,
  source: string,
  driver: Driver,
  /** The key the copy gets instead of the source's; `{ key: undefined }` writes a plain copy. */
  rekeyTo?: { key: Buffer | undefined },
): void {
  const targetKey = rekeyTo ? rekeyTo.key : driver.key;
  const temp = `${liveFile}.restoring`;
  const removeTemp = () => {
    for (const path of [temp, ...SIDE_FILES.map((suffix) => temp + suffix)]) rmSync(path, { force: true });
  };
  removeTemp(); // left by an earlier attempt that was killed
  try {
    const from = openReadOnly(source, driver);
    try {
      from.prepare('VACUUM INTO ?').run(temp);
    } finally {
      from.close();
    }
    const copy = openDatabase(temp, driver, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      if (!sameKey(driver.key, targetKey)) changeKey(copy, targetKey);
    } finally {
      copy.close();
    }
    const checked = openReadOnly(temp, { ...driver, key: targetKey });
    try {
      if (checked.pragma('integrity_check', { simple: true }) !== 'ok') throw refusedCheck(source);
    } finally {
      checked.close();
    }
  } catch (error) {
    removeTemp(); // a half-written copy may hold readable records
    throw error;
  }
  fsyncPath(temp);
  for (const suffix of SIDE_FILES) rmSync(liveFile + suffix, { force: true });
  renameSync(temp, liveFile);
  fsyncPath(dirname(liveFile));
}

function sameKey(a: Buffer | undefined, b: Buffer | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.equals(b));
}

/**
 * Moves a store that will not open out of the way, with its -wal and -shm, under a name that says
 * so (`protocol-desk.db.damaged-<time>`). Nothing is deleted: the file may still hold what someone
 * can rescue. Returns the new path of the database file.
 */
export function moveAside(liveFile: string, now: Date): string {
  const aside = `${liveFile}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of SIDE_FILES) {
    if (existsSync(liveFile + suffix)) renameSync(liveFile + suffix, aside + suffix);
  }
  renameSync(liveFile, aside);
  fsyncPath(dirname(liveFile));
  return aside;
}
