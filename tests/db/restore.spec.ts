import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { MIGRATIONS } from '../../db/migrations/index.js';
import type { BackupDetails, BackupFile, RestoreResult } from '../../shared/domain/backup.js';
import { EXPECTED } from '../fixtures/schema-versions/seed.js';
import { call, dispatchNow, openTestApp } from '../helpers/temp-store.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/schema-versions/', import.meta.url));

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const HEAD = MIGRATIONS.at(-1)!.version;

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const storeFile = () => join(app.dataDir, 'protocol-desk.db');
const backupPath = (name: string) => join(app.dataDir, 'backups', name);
const orgNames = () => call<{ name: string }[]>(app, 'organizations.list', {}).map((org) => org.name);

/** Refusal of a call: its error code (fails the test when the call succeeds). */
function refusal(method: string, input: unknown) {
  const result = dispatchNow(app, method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}

test('a restore brings back deleted records, after keeping a checked copy of the store as it was', () => {
  const hue = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city' });
  call(app, 'organizations.create', { name: '경주시', country: 'KR', kind: 'city' });
  const backup = call<BackupFile>(app, 'backups.create', {});

  const details = call<BackupDetails>(app, 'backups.inspect', { name: backup.fileName });
  expect(details).toMatchObject({ fileName: backup.fileName, schemaVersion: HEAD });
  expect(details.counts).toMatchObject({ organizations: 2, people: 0, delegations: 0 });

  call(app, 'organizations.delete', { id: hue.id });
  call(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  expect(orgNames().sort()).toEqual(['Tỉnh Nara', '경주시'].sort());

  const result = call<RestoreResult>(app, 'backups.restore', { name: backup.fileName });
  expect(result.restored.counts.organizations).toBe(2);
  expect(result.before.fileName).toMatch(/-before-restore\.db$/);
  // The running app answers from the restored store at once: no restart, no stale handle.
  expect(orgNames().sort()).toEqual(['Thành phố Huế', '경주시'].sort());
  // The copy kept first holds the store as it was just before: Nara, and Huế deleted.
  const before = new Database(backupPath(result.before.fileName), { readonly: true });
  expect(before.pragma('integrity_check', { simple: true })).toBe('ok');
  const rows = before.prepare('SELECT name FROM organizations WHERE deleted_at IS NULL ORDER BY name').all();
  expect(rows).toEqual([{ name: 'Tỉnh Nara' }, { name: '경주시' }]);
  before.close();
  // The reopened store has the pragmas of every open, and writes work.
  expect(app.db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(app.db.pragma('synchronous', { simple: true })).toBe(2);
  expect(app.db.pragma('foreign_keys', { simple: true })).toBe(1);
  call(app, 'organizations.create', { name: 'Thành phố Đà Nẵng', country: 'VN', kind: 'city' });
  expect(orgNames()).toContain('Thành phố Đà Nẵng');
});

test('a backup that fails its check is refused and the live store stays byte-identical', () => {
  call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city' });
  const backup = call<BackupFile>(app, 'backups.create', {});
  const file = backupPath(backup.fileName);
  const good = readFileSync(file);
  // The header survives; every page after the first is garbage.
  writeFileSync(file, Buffer.concat([good.subarray(0, 4096), Buffer.alloc(good.length - 4096, 0x5a)]));
  call(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  app.db.pragma('wal_checkpoint(TRUNCATE)');
  const live = hashOf(storeFile());
  const backupsBefore = readdirSync(join(app.dataDir, 'backups')).sort();

  expect(refusal('backups.inspect', { name: backup.fileName }).code).toBe('backup_refused');
  const error = refusal('backups.restore', { name: backup.fileName });
  expect(error.code).toBe('backup_refused');
  expect(error.message).toContain('integrity check');
  expect(hashOf(storeFile())).toBe(live);
  // Not even the "before restore" copy is made when the backup is refused.
  expect(readdirSync(join(app.dataDir, 'backups')).sort()).toEqual(backupsBefore);
  expect(orgNames().sort()).toEqual(['Thành phố Huế', 'Tỉnh Nara'].sort());
});

test('a backup written by a newer version is refused with "open it with the newer version"', () => {
  call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city' });
  const backup = call<BackupFile>(app, 'backups.create', {});
  const future = new Database(backupPath(backup.fileName));
  future.pragma(`user_version = ${HEAD + 1000}`);
  future.close();
  app.db.pragma('wal_checkpoint(TRUNCATE)');
  const live = hashOf(storeFile());

  const error = refusal('backups.restore', { name: backup.fileName });
  expect(error.code).toBe('backup_refused');
  expect(error.message).toContain('Open it with the newer version');
  expect(hashOf(storeFile())).toBe(live);
});

test('only a backup from the list can be named: paths and other files are refused', () => {
  writeFileSync(join(app.dataDir, 'protocol-desk-not-in-backups.db'), 'x');
  expect(refusal('backups.restore', { name: '../protocol-desk.db' })).toMatchObject({ code: 'invalid_input' });
  expect(refusal('backups.restore', { name: 'protocol-desk-not-in-backups.db' }).code).toBe('not_found');
});

test('an older backup is migrated to the head when restored', () => {
  call(app, 'organizations.create', { name: 'Thành phố Đà Nẵng', country: 'VN', kind: 'city' });
  const backup = call<BackupFile>(app, 'backups.create', {});
  // Stand in for a backup taken by the version before the last migration: the frozen fixture of that
  // schema version (the migrate-from-every-version test keeps one for every version).
  const previous = MIGRATIONS.at(-2)!.version;
  copyFileSync(join(FIXTURES, `v${previous}.db`), backupPath(backup.fileName));
  const details = call<BackupDetails>(app, 'backups.inspect', { name: backup.fileName });
  expect(details.schemaVersion).toBe(previous);
  call(app, 'backups.restore', { name: backup.fileName });
  expect(app.db.pragma('user_version', { simple: true })).toBe(HEAD);
  expect(orgNames()).toContain(EXPECTED.hueName);
  expect(orgNames()).not.toContain('Thành phố Đà Nẵng');
});
