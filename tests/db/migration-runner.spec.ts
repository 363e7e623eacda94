import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/connection.js';
import { checkMigrationOrder, migrate, schemaVersion, type Migration } from '../../db/migrations/runner.js';
import { tempDir } from '../helpers/temp-store.js';

function tableMigration(version: number, table: string): Migration {
  return { version, name: table, up: (db) => db.exec(`CREATE TABLE ${table} (id TEXT PRIMARY KEY) STRICT`) };
}

function tables(db: Store): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((row) => row.name);
}

test('pending migrations run in order, once, and set user_version', () => {
  const dir = tempDir();
  try {
    const order: number[] = [];
    const tracked = (version: number): Migration => ({
      version,
      name: `m${version}`,
      up: (db) => {
        order.push(version);
        db.exec(`CREATE TABLE t${version} (id TEXT PRIMARY KEY) STRICT`);
      },
    });
    const db = openStore(join(dir.path, 'store.db'), { migrations: [tracked(10), tracked(20)] });
    expect(order).toEqual([10, 20]);
    expect(schemaVersion(db)).toBe(20);
    expect(migrate(db, [tracked(10), tracked(20), tracked(30)])).toEqual({ from: 20, to: 30 });
    expect(order).toEqual([10, 20, 30]);
    expect(migrate(db, [tracked(10), tracked(20), tracked(30)])).toEqual({ from: 30, to: 30 });
    expect(order).toEqual([10, 20, 30]);
    db.close();
  } finally {
    dir.remove();
  }
});

test('a list out of order or not in tens is refused before anything runs', () => {
  expect(() => checkMigrationOrder([tableMigration(20, 'a'), tableMigration(10, 'b')])).toThrow(/out of order/);
  expect(() => checkMigrationOrder([tableMigration(10, 'a'), tableMigration(15, 'b')])).toThrow(/multiples of 10/);
  expect(() => checkMigrationOrder([tableMigration(10, 'a'), tableMigration(10, 'b')])).toThrow(/out of order/);
  expect(() => checkMigrationOrder([tableMigration(10, 'a'), tableMigration(20, 'b')])).not.toThrow();
});

test('a failing migration rolls back the whole batch, user_version included', () => {
  const dir = tempDir();
  try {
    const db = openStore(join(dir.path, 'store.db'), { migrations: [tableMigration(10, 'first')] });
    const failing: Migration = {
      version: 30,
      name: 'fails',
      up: () => {
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, [tableMigration(10, 'first'), tableMigration(20, 'second'), failing])).toThrow(
      'disk on fire',
    );
    expect(schemaVersion(db)).toBe(10);
    expect(tables(db)).toEqual(['first']);
    db.close();
  } finally {
    dir.remove();
  }
});
