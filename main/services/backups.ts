import { join } from 'node:path';
import { backupStore, listBackups, pruneBackups } from '../../db/backup.js';
import { BACKUP_FOLDER } from '../data-dir.js';
import type { ServiceContext } from './context.js';
import type { Handlers } from './handler.js';

/** How many backups are kept; older ones are deleted after each new one. */
export const BACKUPS_KEPT = 10;
/** Hours between automatic backups while the app runs. */
export const BACKUP_EVERY_HOURS = 4;

/** Takes a checked backup of the store and keeps only the newest BACKUPS_KEPT. */
export function takeBackup(ctx: Pick<ServiceContext, 'db' | 'info'>, reason: string) {
  const folder = join(ctx.info.dataDir, BACKUP_FOLDER);
  const backup = backupStore(ctx.db, folder, new Date(), reason);
  pruneBackups(folder, BACKUPS_KEPT);
  return backup;
}

export const backupHandlers = {
  'backups.list': (ctx) => listBackups(join(ctx.info.dataDir, BACKUP_FOLDER)),
  'backups.create': (ctx) => takeBackup(ctx, 'manual'),
} satisfies Partial<Handlers>;
