import { join } from 'node:path';
import { backupStore, listBackups, pruneBackups } from '../../db/backup.js';
import { RestoreRefusedError } from '../../db/errors.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import type { Driver } from '../../db/driver.js';
import { inspectStoreFile, replaceStoreFile } from '../../db/restore.js';
import type { BackupDetails, BackupFile } from '../../shared/domain/backup.js';
import { DomainError } from '../../shared/api/result.js';
import { BACKUP_FOLDER } from '../data-dir.js';
import type { ServiceContext } from './context.js';
import type { Handlers } from './handler.js';

/** How many backups are kept; older ones are deleted after each new one. */
export const BACKUPS_KEPT = 10;
/** Hours between automatic backups while the app runs. */
export const BACKUP_EVERY_HOURS = 4;

const latestVersion = () => MIGRATIONS.at(-1)?.version ?? 0;

/** Takes a checked backup of the store and keeps only the newest BACKUPS_KEPT. */
export function takeBackup(ctx: Pick<ServiceContext, 'db' | 'info' | 'store'>, reason: string) {
  const folder = join(ctx.info.dataDir, BACKUP_FOLDER);
  const backup = backupStore(ctx.db, folder, new Date(), reason, ctx.store.options);
  pruneBackups(folder, BACKUPS_KEPT);
  return backup;
}

/**
 * A backup's details after its integrity and version checks. The name must be one backups.list
 * gives: the schema already limits it to a bare file name, and this refuses any other file.
 */
export function inspectBackup(dataDir: string, name: string, driver: Driver): BackupDetails & { file: string } {
  const folder = join(dataDir, BACKUP_FOLDER);
  const listed = listBackups(folder).find((backup) => backup.fileName === name);
  if (!listed) throw new DomainError('not_found', `No backup named ${name} in ${folder}.`);
  const file = join(folder, listed.fileName);
  try {
    return { ...listed, ...inspectStoreFile(file, latestVersion(), driver), file };
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw new DomainError('backup_refused', error.message);
    throw error;
  }
}

/** The newest backup that passes its checks, or null: what the recovery screen offers. */
export function newestGoodBackup(dataDir: string, driver: Driver): (BackupDetails & { file: string }) | null {
  for (const backup of listBackups(join(dataDir, BACKUP_FOLDER))) {
    try {
      return inspectBackup(dataDir, backup.fileName, driver);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return null;
}

const withoutPath = ({ file: _file, ...details }: BackupDetails & { file: string }): BackupDetails => details;

/**
 * Checks the backup, keeps a checked copy of the store as it is now (`…-before-restore.db`, itself
 * restorable), then swaps the file under the holder, which reopens it with the pragmas and any
 * migration an older backup needs. Nothing is touched when a check fails.
 */
function restoreBackup(ctx: ServiceContext, name: string): { restored: BackupDetails; before: BackupFile } {
  const driver = ctx.store.options;
  const backup = inspectBackup(ctx.info.dataDir, name, driver);
  const before = backupStore(ctx.db, join(ctx.info.dataDir, BACKUP_FOLDER), new Date(), 'before-restore', driver);
  ctx.store.replaceFile(() => replaceStoreFile(ctx.store.file, backup.file, driver));
  return { restored: withoutPath(backup), before };
}

const notInRecovery = () => {
  throw new DomainError('conflict', 'The data file is open: there is nothing to recover.');
};

export const backupHandlers = {
  'backups.list': (ctx) => listBackups(join(ctx.info.dataDir, BACKUP_FOLDER)),
  'backups.create': (ctx) => takeBackup(ctx, 'manual'),
  'backups.inspect': (ctx, { name }) => withoutPath(inspectBackup(ctx.info.dataDir, name, ctx.store.options)),
  'backups.restore': (ctx, { name }) => restoreBackup(ctx, name),
  // Answered by the recovery dispatcher (main/recovery.ts) when the store would not open.
  'recovery.restoreNewest': notInRecovery,
  'recovery.quit': notInRecovery,
} satisfies Partial<Handlers>;
