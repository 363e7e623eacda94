import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/connection.js';
import { StoreOpenError } from '../../db/errors.js';
import { checkMigrationOrder, migrate, schemaVersion, type Migration } from '../../db/migrations/runner.js';
import { tempDir } from '../helpers/temp-store.js';

const createTable = (version: number, table: string): Migration => ({
  version,
  name: table,
  up: (db) => db.exec(`CREATE TABLE ${table} (id TEXT PRIMARY KEY) STRICT`),
});

function tableNames(db: Store): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((row) => row.name);
}

let dir: ReturnType<typeof tempDir>;
test.beforeEach(() => {
  dir = tempDir('pd-');
});
test.afterEach(() => dir.remove());

test('migrate itself refuses a store newer than its list, and changes nothing', () => {
  const db = openStore(join(dir.path, 'store.db'), { migrations: [createTable(10, 'a'), createTable(20, 'b')] });
  let thrown: unknown;
  try {
    migrate(db, [createTable(10, 'a')]);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(StoreOpenError);
  expect((thrown as StoreOpenError).problem).toBe('from_newer_version');
  expect(schemaVersion(db)).toBe(20);
  expect(tableNames(db)).toEqual(['a', 'b']);
  db.close();
});

test('versions that are not positive, increasing multiples of ten are refused', () => {
  for (const versions of [[0], [-10], [10, 10.5], [10, Number.NaN], [10, 30, 20], [5]]) {
    expect(() => checkMigrationOrder(versions.map((v, i) => createTable(v, `t${i}`))), String(versions)).toThrow(
      /out of order/,
    );
  }
  expect(() => checkMigrationOrder([])).not.toThrow();
  expect(() => checkMigrationOrder([createTable(10, 'a'), createTable(40, 'b')])).not.toThrow(); // gaps are fine
});

test('a badly ordered list is refused before any migration runs', () => {
  const db = openStore(join(dir.path, 'store.db'), { migrations: [] });
  let ran = false;
  const spy: Migration = { version: 10, name: 'spy', up: () => (ran = true) };
  expect(() => migrate(db, [spy, createTable(15, 'b')])).toThrow(/multiples of 10/);
  expect(ran).toBe(false);
  expect(schemaVersion(db)).toBe(0);
  db.close();
});

test('a migration failing on a new store leaves it empty at version 0, and a later open starts afresh', () => {
  const file = join(dir.path, 'store.db');
  const broken: Migration = {
    version: 20,
    name: 'broken SQL',
    up: (db) => db.exec('CREATE TABLE second (id TEXT PRIMARY KEY) STRICT; INSERT INTO nowhere VALUES (1);'),
  };
  expect(() => openStore(file, { migrations: [createTable(10, 'first'), broken] })).toThrow(/nowhere/);

  const reopened = openStore(file, { migrations: [] });
  expect(schemaVersion(reopened)).toBe(0);
  expect(tableNames(reopened)).toEqual([]);
  reopened.close();

  const fixed = openStore(file, { migrations: [createTable(10, 'first'), createTable(20, 'second')] });
  expect(schemaVersion(fixed)).toBe(20);
  expect(tableNames(fixed)).toEqual(['first', 'second']);
  fixed.close();
});
