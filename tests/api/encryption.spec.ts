import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../db/connection.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import type { KeyKeeper } from '../../main/encryption/key-keeper.js';
import { startApp, type AppRuntime } from '../../main/recovery.js';
import type { AppInfo } from '../../shared/api/contract.js';
import type { BackupDetails, BackupFile } from '../../shared/domain/backup.js';
import type { EncryptionStatus } from '../../shared/domain/encryption.js';
import { decodeRecoveryKey, encodeRecoveryKey } from '../../shared/domain/recovery-key.js';
import type { Result } from '../../shared/api/result.js';
import { tempDir } from '../helpers/temp-store.js';

/** Text that must never be readable in the store's files once encrypted: as typed, and as the search index folds it. */
const CANARY = 'Qxzcanary Nguyễn Thị Bảo Ngọc 서울특별시';
const CANARY_MARKS = ['Qxzcanary', 'qxzcanary', 'Nguyễn Thị Bảo', 'nguyen thi bao', '서울특별시'];
const PASSPHRASE = 'Hồ Gươm mùa thu 2026';

let dir: ReturnType<typeof tempDir>;
let runtime: AppRuntime | undefined;
test.beforeEach(() => {
  dir = tempDir('pd-encryption-');
});
test.afterEach(() => {
  runtime?.app?.store.close();
  runtime = undefined;
  dir.remove();
});

const storeFile = () => join(dir.path, 'protocol-desk.db');
const backupsDir = () => join(dir.path, 'backups');
const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function start(keyKeeper?: KeyKeeper): AppRuntime {
  runtime?.app?.store.close();
  runtime = startApp({ dataDir: dir.path, mode: 'browser', version: 'test', quit: () => {}, keyKeeper });
  return runtime;
}
const answer = (method: string, input: unknown = {}) => runtime!.dispatch(method, input) as Result<unknown>;
function value<T = unknown>(method: string, input: unknown = {}): T {
  const result = answer(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
const errorOf = (method: string, input: unknown = {}) => {
  const result = answer(method, input);
  return result.ok ? 'ok' : { code: result.error.code, fields: result.error.fields };
};

function addCanaryRecords(round = 1): void {
  const org = value<{ id: string }>('organizations.create', {
    name: `Thủ đô ${CANARY} ${round}`,
    country: 'KR',
    kind: 'city',
  });
  value('people.create', { fullName: CANARY, notes: `Ghi chú ${CANARY}` });
  value('followUps.create', { text: `Gửi thư cảm ơn ${CANARY}`, organizationId: org.id, due: '2026-12' });
}

/** Every file in the data folder, at any depth: the store, its WAL and index, backups, attachments, leftovers. */
function recordFiles(folder = dir.path): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? recordFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}
const filesShowing = (mark: string) => recordFiles().filter((file) => readFileSync(file).includes(Buffer.from(mark)));

/** Starts a plain store with the canary in it and a plain backup, then encrypts it. */
function encryptedStore(keyKeeper?: KeyKeeper): { recoveryKey: string } {
  start(keyKeeper);
  addCanaryRecords();
  value('backups.create');
  const { recoveryKey } = value<{ recoveryKey: string }>('encryption.newRecoveryKey');
  expect(value('encryption.enable', { passphrase: PASSPHRASE, recoveryKey })).toEqual({ backupsDeleted: 0 });
  return { recoveryKey };
}

test('turned on, no record text can be found in the .db, -wal, -shm or any backup; the app keeps working', () => {
  start();
  addCanaryRecords();
  value('backups.create');
  // The test can fail: before encryption the canary is there to be found.
  expect(filesShowing('Qxzcanary').length).toBeGreaterThan(0);
  expect(value<EncryptionStatus>('encryption.status')).toEqual({
    enabled: false,
    keptByOs: false,
    osKeeperAvailable: false,
  });

  const { recoveryKey } = value<{ recoveryKey: string }>('encryption.newRecoveryKey');
  expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
  value('encryption.enable', { passphrase: PASSPHRASE, recoveryKey });
  expect(value<EncryptionStatus>('encryption.status').enabled).toBe(true);

  // More writes after encrypting: they sit in the WAL, not yet checkpointed.
  addCanaryRecords(2);
  value('backups.create');
  expect(statSync(`${storeFile()}-wal`).size).toBeGreaterThan(0);
  expect(runtime!.app!.db.pragma('temp_store', { simple: true })).toBe(2);
  for (const mark of CANARY_MARKS) expect(filesShowing(mark), mark).toEqual([]);
  // Neither the key file nor anything else in the folder holds the key itself.
  const hexKey = Buffer.from(decodeRecoveryKey(recoveryKey)!).toString('hex');
  const keyFileText = readFileSync(join(dir.path, 'keys.json'), 'utf8');
  expect(keyFileText).not.toContain(hexKey);
  expect(keyFileText).not.toContain(recoveryKey);

  // The app reads its records as before, search included.
  expect(value<unknown[]>('people.list', { query: 'nguyen thi bao' })).toHaveLength(2);
  // Every backup (the one from before, re-encrypted, and the new one) passes its check with the key, and is refused without it.
  const backups = value<BackupFile[]>('backups.list');
  expect(backups).toHaveLength(2);
  for (const backup of backups) {
    expect(value<BackupDetails>('backups.inspect', { name: backup.fileName }).counts.people).toBeGreaterThan(0);
    const bare = new Database(join(backupsDir(), backup.fileName), { readonly: true });
    expect(() => bare.prepare('SELECT count(*) FROM people').get()).toThrow(/not a database/);
    bare.close();
  }
});

test('at the next start the app is locked: a wrong passphrase is refused on its field, the right one opens', () => {
  encryptedStore();
  start();
  expect(runtime!.app).toBeUndefined();
  expect(value<AppInfo>('app.info').locked).toEqual({ keyFileDamaged: false });
  for (const method of ['organizations.list', 'backups.create', 'recovery.restoreNewest', 'encryption.status']) {
    expect(errorOf(method), method).toMatchObject({ code: 'locked' });
  }
  const before = hashOf(storeFile());
  expect(errorOf('encryption.unlock', { passphrase: 'Hồ Gươm mùa xuân' })).toEqual({
    code: 'invalid_input',
    fields: { passphrase: 'wrong_passphrase' },
  });
  expect(hashOf(storeFile())).toBe(before);

  // The same passphrase typed decomposed (another Vietnamese input method) is the same passphrase.
  expect(value('encryption.unlock', { passphrase: PASSPHRASE.normalize('NFD') })).toEqual({ opened: true });
  expect(value<AppInfo>('app.info').locked).toBeUndefined();
  expect(value<unknown[]>('organizations.list', { query: 'qxzcanary' })).toHaveLength(1);
  expect(errorOf('encryption.unlock', { passphrase: PASSPHRASE })).toMatchObject({ code: 'conflict' });
});

test('the printed recovery key opens the data and sets a new passphrase; a wrong key is refused', () => {
  const { recoveryKey } = encryptedStore();
  start();
  const otherKey = encodeRecoveryKey(new Uint8Array(32).fill(7));
  expect(
    errorOf('encryption.unlockWithRecoveryKey', { recoveryKey: otherKey, newPassphrase: 'mật khẩu mới đây' }),
  ).toEqual({
    code: 'invalid_input',
    fields: { recoveryKey: 'wrong_recovery_key' },
  });
  // Copied by hand: lower case, spaces instead of dashes, O for 0.
  const copied = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
  expect(value('encryption.unlockWithRecoveryKey', { recoveryKey: copied, newPassphrase: 'mật khẩu mới đây' })).toEqual(
    {
      opened: true,
    },
  );
  start();
  expect(errorOf('encryption.unlock', { passphrase: PASSPHRASE })).toMatchObject({
    fields: { passphrase: 'wrong_passphrase' },
  });
  expect(value('encryption.unlock', { passphrase: 'mật khẩu mới đây' })).toEqual({ opened: true });
});

test('with the key file lost the store reads as "not a database"; the recovery key still opens it', () => {
  const { recoveryKey } = encryptedStore();
  runtime!.app!.store.close();
  rmSync(join(dir.path, 'keys.json'));
  start();
  expect(value<AppInfo>('app.info').recovery).toMatchObject({ reason: 'not_a_database' });
  expect(value('encryption.unlockWithRecoveryKey', { recoveryKey, newPassphrase: PASSPHRASE })).toEqual({
    opened: true,
  });
  expect(value<AppInfo>('app.info').recovery).toBeUndefined();
  expect(existsSync(join(dir.path, 'keys.json'))).toBe(true);
});

test('a damaged key file locks the app with only the recovery key offered', () => {
  const { recoveryKey } = encryptedStore();
  writeFileSync(join(dir.path, 'keys.json'), '{"format": 1, "passphrase": ');
  start();
  expect(value<AppInfo>('app.info').locked).toEqual({ keyFileDamaged: true });
  expect(errorOf('encryption.unlock', { passphrase: PASSPHRASE })).toMatchObject({ code: 'conflict' });
  expect(value('encryption.unlockWithRecoveryKey', { recoveryKey, newPassphrase: PASSPHRASE })).toEqual({
    opened: true,
  });
});

test('changing the passphrase needs the current one; the store itself is not rewritten', () => {
  encryptedStore();
  runtime!.app!.store.db.pragma('wal_checkpoint(TRUNCATE)');
  const before = hashOf(storeFile());
  expect(errorOf('encryption.changePassphrase', { current: 'không phải nó', next: 'mật khẩu thứ hai' })).toEqual({
    code: 'invalid_input',
    fields: { current: 'wrong_passphrase' },
  });
  value('encryption.changePassphrase', { current: PASSPHRASE, next: 'mật khẩu thứ hai' });
  expect(hashOf(storeFile())).toBe(before);
  start();
  expect(value('encryption.unlock', { passphrase: 'mật khẩu thứ hai' })).toEqual({ opened: true });
});

test('turning encryption off needs the passphrase, and leaves a plain store and plain backups', () => {
  encryptedStore();
  expect(errorOf('encryption.disable', { passphrase: 'sai rồi' })).toEqual({
    code: 'invalid_input',
    fields: { passphrase: 'wrong_passphrase' },
  });
  expect(value<EncryptionStatus>('encryption.status').enabled).toBe(true);
  expect(value('encryption.disable', { passphrase: PASSPHRASE })).toEqual({ backupsDeleted: 0 });
  expect(existsSync(join(dir.path, 'keys.json'))).toBe(false);
  expect(errorOf('encryption.disable', { passphrase: PASSPHRASE })).toMatchObject({ code: 'conflict' });
  for (const name of readdirSync(backupsDir())) {
    const bare = new Database(join(backupsDir(), name), { readonly: true });
    expect(bare.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 1 });
    bare.close();
  }
  start();
  expect(runtime!.app).toBeDefined();
  expect(value<unknown[]>('people.list', { query: 'qxzcanary' })).toHaveLength(1);
});

test('an encrypted store restores its own backups, and migrating one takes an encrypted backup first', () => {
  encryptedStore();
  const backup = value<BackupFile>('backups.create');
  value('organizations.create', { name: 'Tỉnh Gyeonggi', country: 'KR', kind: 'province' });
  value('backups.restore', { name: backup.fileName });
  expect(value<unknown[]>('organizations.list', { query: 'gyeonggi' })).toHaveLength(0);

  // An encrypted store one schema version behind: the pre-migration backup is encrypted with the same key.
  const key = runtime!.app!.store.options.key!;
  runtime!.app!.store.close();
  runtime = undefined;
  const older = join(dir.path, 'older.db');
  openStore(older, { key, migrations: MIGRATIONS.slice(0, -1) }).close();
  const migrationBackups = join(dir.path, 'migration-backups');
  openStore(older, { key, backupFolder: migrationBackups }).close();
  const [taken] = readdirSync(migrationBackups);
  expect(taken).toMatch(/before-v\d+-from-v\d+\.db$/);
  const bare = new Database(join(migrationBackups, taken!), { readonly: true });
  expect(() => bare.prepare('SELECT count(*) FROM organizations').get()).toThrow(/not a database/);
  bare.close();
});

test('attached scans are encrypted with the store, read back unchanged, and decrypted when it is turned off', () => {
  start();
  // A scanned MoU: a PDF whose text names the partner.
  const scan = Buffer.from(`%PDF-1.4\n% Biên bản ghi nhớ ${CANARY}\n%%EOF\n`);
  const attachment = value<{ id: string }>('attachments.add', {
    fileName: 'mou-seoul.pdf',
    base64: scan.toString('base64'),
  });
  const fileOf = (bytes: Buffer) => join(dir.path, 'attachments', createHash('sha256').update(bytes).digest('hex'));
  const file = fileOf(scan);
  expect(readFileSync(file).includes(Buffer.from('Qxzcanary'))).toBe(true);

  const { recoveryKey } = value<{ recoveryKey: string }>('encryption.newRecoveryKey');
  value('encryption.enable', { passphrase: PASSPHRASE, recoveryKey });
  expect(readFileSync(file).includes(Buffer.from('Qxzcanary'))).toBe(false);
  expect(Buffer.from(value<{ base64: string }>('attachments.get', { id: attachment.id }).base64, 'base64')).toEqual(
    scan,
  );
  // One added while encrypted is written encrypted.
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(` ảnh quà ${CANARY}`)]);
  const added = value<{ id: string }>('attachments.add', { fileName: 'qua.jpg', base64: photo.toString('base64') });
  expect(readFileSync(fileOf(photo)).includes(Buffer.from('Qxzcanary'))).toBe(false);
  expect(Buffer.from(value<{ base64: string }>('attachments.get', { id: added.id }).base64, 'base64')).toEqual(photo);

  value('encryption.disable', { passphrase: PASSPHRASE });
  expect(readFileSync(file)).toEqual(scan);
});

test('when the key cannot be sealed, nothing is encrypted and the store goes on as it was', () => {
  const failing: KeyKeeper = {
    seal: () => {
      throw new Error('The keyring is locked');
    },
    open: () => undefined,
  };
  start(failing);
  addCanaryRecords();
  const { recoveryKey } = value<{ recoveryKey: string }>('encryption.newRecoveryKey');
  expect(errorOf('encryption.enable', { passphrase: PASSPHRASE, recoveryKey })).toMatchObject({ code: 'internal' });
  expect(existsSync(join(dir.path, 'keys.json'))).toBe(false);
  expect(value<EncryptionStatus>('encryption.status').enabled).toBe(false);
  expect(value<unknown[]>('people.list', { query: 'qxzcanary' })).toHaveLength(1);
  start();
  expect(runtime!.app).toBeDefined();
});

test('turning encryption on, interrupted before the backups and scans were done, is finished at the next unlock', () => {
  start();
  addCanaryRecords();
  const plainBackup = value<BackupFile>('backups.create');
  const plainCopy = readFileSync(join(backupsDir(), plainBackup.fileName));
  const scan = Buffer.from(`%PDF-1.4\n% ${CANARY}\n%%EOF\n`);
  value('attachments.add', { fileName: 'scan.pdf', base64: scan.toString('base64') });
  const scanFile = join(dir.path, 'attachments', createHash('sha256').update(scan).digest('hex'));
  const { recoveryKey } = value<{ recoveryKey: string }>('encryption.newRecoveryKey');
  value('encryption.enable', { passphrase: PASSPHRASE, recoveryKey });
  // What a kill just after the store was rewritten leaves: the backup and the scan still plain.
  writeFileSync(join(backupsDir(), plainBackup.fileName), plainCopy);
  writeFileSync(scanFile, scan);
  expect(filesShowing('Qxzcanary').length).toBe(2);

  start();
  value('encryption.unlock', { passphrase: PASSPHRASE });
  expect(filesShowing('Qxzcanary')).toEqual([]);
  expect(value<BackupDetails>('backups.inspect', { name: plainBackup.fileName }).counts.people).toBe(1);
  expect(Buffer.from(value<{ base64: string }>('attachments.get', { id: attachmentId() }).base64, 'base64')).toEqual(
    scan,
  );
});

function attachmentId(): string {
  return (runtime!.app!.db.prepare('SELECT id FROM attachments').get() as { id: string }).id;
}

/** The OS keyring stand-in: Electron's safeStorage cannot exist here (no binary). */
function fakeKeyring(): KeyKeeper & { forget: () => void } {
  let known = true;
  return {
    seal: (key) => `sealed:${Buffer.from(key.map((byte) => byte ^ 0x5a)).toString('base64')}`,
    open: (sealed) =>
      known && sealed.startsWith('sealed:')
        ? Buffer.from(Buffer.from(sealed.slice(7), 'base64').map((byte) => byte ^ 0x5a))
        : undefined,
    forget: () => (known = false),
  };
}

test('where the OS keyring is real, the store opens at start without the passphrase; elsewhere it asks', () => {
  const keyring = fakeKeyring();
  encryptedStore(keyring);
  expect(value<EncryptionStatus>('encryption.status')).toEqual({
    enabled: true,
    keptByOs: true,
    osKeeperAvailable: true,
  });
  start(keyring);
  expect(runtime!.app).toBeDefined();
  keyring.forget(); // another user, or the keyring was reset
  start(keyring);
  expect(value<AppInfo>('app.info').locked).toEqual({ keyFileDamaged: false });
  start(); // browser mode on the same folder
  expect(value<AppInfo>('app.info').locked).toBeDefined();
  expect(value('encryption.unlock', { passphrase: PASSPHRASE })).toEqual({ opened: true });
});

test('the recovery key survives copying by hand, and a typo is caught', () => {
  const key = new Uint8Array(32).map((_, index) => (index * 37 + 11) & 255);
  const text = encodeRecoveryKey(key);
  expect(decodeRecoveryKey(text)).toEqual(key);
  expect(decodeRecoveryKey(text.toLowerCase().replace(/-/g, '  '))).toEqual(key);
  expect(decodeRecoveryKey(text.slice(0, -1))).toBeUndefined();
  expect(decodeRecoveryKey(`${text.slice(0, -1)}Z`)).toBeUndefined(); // the padding bits must be zero
  expect(decodeRecoveryKey(text.replace(/[0-9A-Z]/, 'U'))).toBeUndefined();
});
