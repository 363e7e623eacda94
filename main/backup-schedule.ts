import { join } from 'node:path';
import { listBackups } from '../db/backup.js';
import { storeHasRecords } from '../db/queries/store.js';
import { BACKUP_FOLDER } from './data-dir.js';
import type { OpenedApp } from './bootstrap.js';
import { BACKUP_EVERY_HOURS, takeBackup } from './services/backups.js';

/**
 * Automatic backups: one at start (when there is anything to keep and the newest backup is older than
 * the interval) and one every few hours while the app runs. A failed backup is reported in the log and
 * never stops the app. The start backup is skipped after a recent one because it runs before the app
 * answers: a ministry-sized store takes most of a minute to copy and check, and restarting the app
 * several times a day would otherwise fill the ten kept backups with near-identical copies.
 */
export function startBackupSchedule(
  app: OpenedApp,
  log: (message: string) => void = console.error,
  now: () => number = Date.now,
): () => void {
  const run = (reason: string) => {
    try {
      if (storeHasRecords(app.db)) takeBackup(app, reason);
    } catch (error) {
      log(`Automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const newest = listBackups(join(app.info.dataDir, BACKUP_FOLDER))[0];
  const recent = newest && now() - Date.parse(newest.createdAt) < BACKUP_EVERY_HOURS * 60 * 60 * 1000;
  if (!recent) run('start');
  const timer = setInterval(() => run('scheduled'), BACKUP_EVERY_HOURS * 60 * 60 * 1000);
  // The schedule never keeps the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
}
