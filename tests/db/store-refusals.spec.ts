import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../db/connection.js';
import { StoreOpenError, type StoreOpenProblem } from '../../db/errors.js';
import { tempDir } from '../helpers/temp-store.js';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The StoreOpenError openStore throws for `file` (fails the test if it opens). */
function refusal(file: string): StoreOpenError {
  try {
    openStore(file).close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreOpenError);
    return error as StoreOpenError;
  }
  throw new Error(`${file} was opened, but should have been refused`);
}

let dir: ReturnType<typeof tempDir>;
test.beforeEach(() => {
  dir = tempDir('pd-');
});
test.afterEach(() => dir.remove());

test('a store whose pages are damaged is refused as corrupt and not rewritten', () => {
  const file = join(dir.path, 'store.db');
  openStore(file).close();
  const good = readFileSync(file);
  // A valid SQLite header followed by garbage where the schema and tables were.
  writeFileSync(file, Buffer.concat([good.subarray(0, 100), Buffer.alloc(good.length - 100, 0x41)]));
  const before = hashOf(file);
  const error = refusal(file);
  expect(error.problem).toBe('corrupt');
  expect(error.message).toContain(file);
  expect(hashOf(file)).toBe(before);
});

test('a text file in place of the store is refused, left as it was, and no database is made beside it', () => {
  const file = join(dir.path, 'store.db');
  writeFileSync(file, 'Danh sách đoàn vào — exported from Excel, saved with the wrong name\n'.repeat(100));
  const before = hashOf(file);
  expect(refusal(file).problem).toBe('not_a_database');
  expect(refusal(file).problem).toBe('not_a_database'); // and again: the first attempt changed nothing
  expect(hashOf(file)).toBe(before);
  expect(readdirSync(dir.path)).toEqual(['store.db']);
});

const OLDER_FIXTURE = fileURLToPath(new URL('../fixtures/schema-versions/v40.db', import.meta.url));

/**
 * A store one migration behind the head, damaged by `damage`: it must be refused with `problem`
 * before any migration (no pre-migration backup taken), and left byte-identical.
 */
function refusedBeforeMigrating(damage: (file: string) => void, problems: StoreOpenProblem[]): void {
  const file = join(dir.path, 'store.db');
  copyFileSync(OLDER_FIXTURE, file);
  damage(file);
  const before = hashOf(file);
  const backups = join(dir.path, 'backups');
  let error: StoreOpenError | undefined;
  try {
    openStore(file, { backupFolder: backups }).close();
  } catch (caught) {
    error = caught as StoreOpenError;
  }
  expect(error).toBeInstanceOf(StoreOpenError);
  expect(problems).toContain(error!.problem);
  expect(hashOf(file)).toBe(before);
  expect(existsSync(backups), 'a migration backup was attempted').toBe(false);
  expect(readdirSync(dir.path).sort()).toEqual(['store.db']);
}

/** The page number where a table's b-tree starts. */
function rootPageOf(file: string, table: string): { page: number; pageSize: number } {
  const db = new Database(file, { readonly: true });
  const { rootpage } = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = ?`).get(table) as {
    rootpage: number;
  };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return { page: rootpage, pageSize };
}

test('flipped bytes in a table page are caught before any migration', () => {
  refusedBeforeMigrating(
    (file) => {
      const { page, pageSize } = rootPageOf(file, 'delegations');
      const bytes = readFileSync(file);
      const start = (page - 1) * pageSize;
      // The page's cell count and first cell pointer: bits flipped as a failing disk would.
      for (let offset = 3; offset < 7; offset += 1) bytes[start + offset]! ^= 0xa5;
      writeFileSync(file, bytes);
    },
    ['corrupt'],
  );
});

test('a truncated store is caught before any migration', () => {
  refusedBeforeMigrating((file) => truncateSync(file, Math.floor(statSync(file).size / 2)), ['corrupt']);
});

test('a garbage header is caught before any migration', () => {
  refusedBeforeMigrating(
    (file) => {
      const bytes = readFileSync(file);
      bytes.write('Protocol Desk!!\0', 0, 'latin1'); // where "SQLite format 3\0" must be
      writeFileSync(file, bytes);
    },
    ['not_a_database'],
  );
});

test('a hot WAL that went missing (committed changes not yet in the file) is caught, and nothing is touched', () => {
  // A crash leaves -wal (the committed changes) and -shm (its index): copied here while the writer
  // still holds the store open and has not checkpointed — the state a killed process leaves.
  const live = join(dir.path, 'live.db');
  const writer = openStore(live);
  writer.pragma('wal_autocheckpoint = 0');
  const insert = writer.prepare(
    `INSERT INTO organizations (id, name, name_key, country, kind, created_at, updated_at) VALUES (?, ?, ?, 'VN', 'city', 't', 't')`,
  );
  for (let n = 0; n < 50; n += 1) insert.run(`org-${n}`, `Tỉnh số ${n}`, `tinh so ${n}`);
  const crashed = join(dir.path, 'crashed');
  const lost = join(dir.path, 'lost');
  for (const folder of [crashed, lost]) {
    mkdirSync(folder);
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(live + suffix, join(folder, `store.db${suffix}`));
  }
  writer.close();

  // With its WAL the crashed store opens and has all 50 (the copy is a faithful crash).
  const recovered = openStore(join(crashed, 'store.db'));
  expect(recovered.prepare('SELECT count(*) AS n FROM organizations').get()).toEqual({ n: 50 });
  recovered.close();

  // Without it SQLite alone would open the older state silently; the app refuses.
  rmSync(join(lost, 'store.db-wal'));
  const file = join(lost, 'store.db');
  const before = hashOf(file);
  const error = (() => {
    try {
      openStore(file).close();
    } catch (caught) {
      return caught as StoreOpenError;
    }
    throw new Error('a store that lost its hot WAL was opened');
  })();
  expect(error.problem).toBe('wal_missing');
  expect(error.message).toContain('-wal');
  expect(hashOf(file)).toBe(before);
  expect(readdirSync(lost).sort()).toEqual(['store.db', 'store.db-shm']);
});

test('a store at the current version that was cut short is caught at open, without reading every page', () => {
  const file = join(dir.path, 'store.db');
  const db = openStore(file);
  db.exec(`CREATE TABLE padding(x);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
    INSERT INTO padding SELECT randomblob(4000) FROM n;`);
  db.close();
  truncateSync(file, Math.floor(statSync(file).size / 2));
  const before = hashOf(file);
  const error = refusal(file);
  expect(error.problem).toBe('corrupt');
  expect(hashOf(file)).toBe(before);
});
