import { z } from 'zod';

/** The kinds of record counted when a backup is shown before restoring it (table names). */
export const RECORD_KINDS = [
  'organizations',
  'people',
  'delegations',
  'gifts',
  'agreements',
  'follow_ups',
  'articles',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type RecordCounts = Record<RecordKind, number>;

/** A checked copy of the store in the data folder's backups/. */
export interface BackupFile {
  fileName: string;
  createdAt: string;
  size: number;
}

/** A backup as shown before restoring it: what it holds, after SQLite's integrity check passed. */
export interface BackupDetails extends BackupFile {
  schemaVersion: number;
  counts: RecordCounts;
}

export interface RestoreResult {
  restored: BackupDetails;
  /** The checked copy of the store as it was just before the restore (itself restorable). */
  before: BackupFile;
}

/** Why the store would not open: the recovery screen explains each in plain words. */
export type StoreProblem = 'not_a_database' | 'corrupt' | 'from_newer_version' | 'cannot_open' | 'wal_missing';

/** Present in app.info only when the app started in recovery: the store would not open. */
export interface RecoveryInfo {
  reason: StoreProblem;
  /** The technical sentence, for whoever helps the user. */
  message: string;
  /** The database file that would not open (left untouched). */
  path: string;
  newestGoodBackup: BackupDetails | null;
}

export interface RecoveryResult {
  restored: BackupDetails;
  /** Where the file that would not open was moved (kept, never deleted). */
  damagedFile: string;
}

/**
 * A backup named by its file name only, as backups.list gives it: no folder, no "..", nothing but
 * the app's own naming pattern, so no input can point the restore at another file.
 */
export const backupName = z.strictObject({
  name: z
    .string({ error: 'required' })
    .max(200, { error: 'too_long' })
    .regex(/^protocol-desk-[A-Za-z0-9-]+\.db$/, { error: 'invalid_backup_name' }),
});
