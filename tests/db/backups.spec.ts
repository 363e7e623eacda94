import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openStore } from '../../db/connection.js';
import { listBackups, passesIntegrityCheck } from '../../db/backup.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import type { BackupFile } from '../../shared/api/contract.js';
import { startBackupSchedule } from '../../main/backup-schedule.js';
import { call, openTestApp, tempDir } from '../helpers/temp-store.js';

test('a backup is a checked copy holding the records; only the newest ten are kept', () => {
  const app = openTestApp();
  try {
    call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city' });
    const backup = call<BackupFile>(app, 'backups.create', {});
    const file = join(app.dataDir, 'backups', backup.fileName);
    expect(passesIntegrityCheck(file, {})).toBe(true);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT name FROM organizations').all()).toEqual([{ name: 'Thành phố Huế' }]);
    copy.close();
    for (let index = 0; index < 11; index += 1) call(app, 'backups.create', {});
    expect(call<BackupFile[]>(app, 'backups.list', {})).toHaveLength(10);
  } finally {
    app.close();
  }
});

test('the schedule backs up at start only when there is something to keep and no backup is recent', () => {
  const app = openTestApp();
  try {
    startBackupSchedule(app)();
    expect(listBackups(join(app.dataDir, 'backups'))).toHaveLength(0);
    call(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
    startBackupSchedule(app)();
    expect(listBackups(join(app.dataDir, 'backups')).map((backup) => backup.fileName)).toEqual([
      expect.stringMatching(/-start\.db$/),
    ]);
    // Started again within the interval: the backup just taken is recent enough.
    startBackupSchedule(app)();
    expect(listBackups(join(app.dataDir, 'backups'))).toHaveLength(1);
    // Five hours later it is not.
    startBackupSchedule(app, console.error, () => Date.now() + 5 * 60 * 60 * 1000)();
    expect(listBackups(join(app.dataDir, 'backups'))).toHaveLength(2);
  } finally {
    app.close();
  }
});

test('migrating a store that holds data takes a checked backup first; a new store does not need one', () => {
  const dir = tempDir();
  try {
    const backups = join(dir.path, 'backups');
    const file = join(dir.path, 'store.db');
    const old = openStore(file, { migrations: MIGRATIONS.slice(0, 1), backupFolder: backups });
    expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([]);
    old
      .prepare(
        `INSERT INTO organizations (id, name, name_key, country, kind, created_at, updated_at)
       VALUES ('o1', 'Huế', 'hue', 'VN', 'city', '2025', '2025')`,
      )
      .run();
    old.close();
    openStore(file, { backupFolder: backups }).close();
    const [backup] = listBackups(backups);
    expect(backup?.fileName).toMatch(new RegExp(`before-v${MIGRATIONS.at(-1)!.version}-from-v10\\.db$`));
    const copy = new Database(join(backups, backup!.fileName), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(10);
    copy.close();
  } finally {
    dir.remove();
  }
});
