import { storeHasRecords } from '../db/queries/store.js';
import type { OpenedApp } from './bootstrap.js';
import { BACKUP_EVERY_HOURS, takeBackup } from './services/backups.js';

/**
 * Automatic backups: one at start (when there is anything to keep) and one every few hours while the
 * app runs. A failed backup is reported in the log and never stops the app.
 */
export function startBackupSchedule(app: OpenedApp, log: (message: string) => void = console.error): () => void {
  const run = (reason: string) => {
    try {
      if (storeHasRecords(app.db)) takeBackup(app, reason);
    } catch (error) {
      log(`Automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  run('start');
  const timer = setInterval(() => run('scheduled'), BACKUP_EVERY_HOURS * 60 * 60 * 1000);
  // The schedule never keeps the process alive on its own.
  timer.unref();
  return () => clearInterval(timer);
}
