import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupStore } from '../../db/backup.js';
import { openStore } from '../../db/connection.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { startApp, type AppRuntime } from '../../main/recovery.js';
import type { AppInfo } from '../../shared/api/contract.js';
import type { RecoveryResult } from '../../shared/domain/backup.js';
import type { Result } from '../../shared/api/result.js';
import { tempDir } from '../helpers/temp-store.js';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let dir: ReturnType<typeof tempDir>;
let runtime: AppRuntime | undefined;
let quits = 0;
test.beforeEach(() => {
  dir = tempDir('pd-recovery-');
  quits = 0;
});
test.afterEach(() => {
  runtime?.app?.store.close();
  runtime = undefined;
  dir.remove();
});

const storeFile = () => join(dir.path, 'protocol-desk.db');
const start = () =>
  (runtime = startApp({ dataDir: dir.path, mode: 'browser', version: 'test', quit: () => (quits += 1) }));
const answer = (method: string, input: unknown = {}) => runtime!.dispatch(method, input) as Result<unknown>;
function value<T>(method: string, input: unknown = {}): T {
  const result = answer(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A store with two organisations and a checked backup of it, as an app that ran before would leave. */
function storeWithBackup(): void {
  const db = openStore(storeFile());
  const insert = db.prepare(
    `INSERT INTO organizations (id, name, name_key, country, kind, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'city', '2025-10-14T00:00:00.000Z', '2025-10-14T00:00:00.000Z')`,
  );
  insert.run('0d6f1c1e-2f1a-4b7a-9d55-0a1b2c3d4e01', 'Thành phố Huế', 'thanh pho hue', 'VN');
  insert.run('0d6f1c1e-2f1a-4b7a-9d55-0a1b2c3d4e02', '경주시', '경주시', 'KR');
  backupStore(db, join(dir.path, 'backups'), new Date('2026-11-20T08:00:00Z'), 'start', {});
  db.close();
}

test('a garbage file starts the app in recovery; restoring the newest good backup keeps the bad file aside', () => {
  storeWithBackup();
  writeFileSync(storeFile(), 'Danh sách đoàn — not a database any more\n'.repeat(500));
  const bad = hashOf(storeFile());

  start();
  const info = value<AppInfo>('app.info');
  expect(info.recovery).toMatchObject({ reason: 'not_a_database', path: storeFile() });
  expect(info.recovery?.newestGoodBackup).toMatchObject({
    fileName: expect.stringMatching(/-start\.db$/),
    schemaVersion: MIGRATIONS.at(-1)!.version,
    counts: { organizations: 2 },
  });
  // Nothing else answers, and nothing has touched the file.
  for (const method of ['organizations.list', 'backups.list', 'backups.create', 'home.summary']) {
    const result = answer(method);
    expect(result.ok ? 'ok' : result.error.code, method).toBe('recovery_mode');
  }
  expect(hashOf(storeFile())).toBe(bad);

  const restored = value<RecoveryResult>('recovery.restoreNewest');
  expect(restored.restored.counts.organizations).toBe(2);
  expect(restored.damagedFile).toMatch(/protocol-desk\.db\.damaged-[0-9TZ-]+$/);
  expect(hashOf(restored.damagedFile)).toBe(bad);
  // The app is normal now, on the restored data.
  expect(value<AppInfo>('app.info').recovery).toBeUndefined();
  expect(value<{ name: string }[]>('organizations.list', {}).map((org) => org.name)).toHaveLength(2);
  value('organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  expect(answer('recovery.restoreNewest')).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect(quits).toBe(0);
});

test('a store from a newer version says so, and Quit quits without touching it', () => {
  storeWithBackup();
  const db = new Database(storeFile());
  db.pragma(`user_version = ${MIGRATIONS.at(-1)!.version + 10}`);
  db.close();
  const before = hashOf(storeFile());
  start();
  const info = value<AppInfo>('app.info');
  expect(info.recovery?.reason).toBe('from_newer_version');
  expect(info.recovery?.message).toContain('Open it with the newer version');
  value('recovery.quit');
  expect(quits).toBe(1);
  expect(hashOf(storeFile())).toBe(before);
  expect(readdirSync(dir.path).sort()).toEqual(['backups', 'protocol-desk.db']);
});

test('with no good backup, recovery says so and restores nothing', () => {
  writeFileSync(storeFile(), Buffer.alloc(8192, 0x41));
  const before = hashOf(storeFile());
  start();
  expect(value<AppInfo>('app.info').recovery).toMatchObject({ reason: 'not_a_database', newestGoodBackup: null });
  expect(answer('recovery.restoreNewest')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(hashOf(storeFile())).toBe(before);
  expect(readdirSync(dir.path)).toEqual(['protocol-desk.db']);
});

test('a store that opens starts the app normally, and the recovery methods refuse', () => {
  start();
  expect(value<AppInfo>('app.info').recovery).toBeUndefined();
  expect(answer('recovery.quit')).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect(quits).toBe(0);
});
