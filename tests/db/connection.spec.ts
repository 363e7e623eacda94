import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../db/connection.js';
import { StoreOpenError } from '../../db/errors.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { tempDir } from '../helpers/temp-store.js';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('pragmas hold on a reopened file, not only on the first open', () => {
  const dir = tempDir();
  try {
    const file = join(dir.path, 'store.db');
    openStore(file).close();
    // better-sqlite3 reopens a WAL file at synchronous=NORMAL unless told otherwise.
    const plain = new Database(file);
    expect(plain.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    plain.close();

    const db = openStore(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
  } finally {
    dir.remove();
  }
});

test('a file that is not a database is refused and left as it was', () => {
  const dir = tempDir();
  try {
    const file = join(dir.path, 'store.db');
    writeFileSync(file, 'Biên bản hội đàm — this is a text file, not SQLite.\n'.repeat(200));
    const before = hashOf(file);
    expect(() => openStore(file)).toThrow(StoreOpenError);
    try {
      openStore(file);
    } catch (error) {
      expect((error as StoreOpenError).problem).toBe('not_a_database');
    }
    expect(hashOf(file)).toBe(before);
  } finally {
    dir.remove();
  }
});

test('a database written by a newer version is refused untouched', () => {
  const dir = tempDir();
  try {
    const file = join(dir.path, 'store.db');
    openStore(file).close();
    const future = new Database(file);
    future.pragma('user_version = 9990');
    future.close();
    const before = hashOf(file);
    let problem: string | undefined;
    try {
      openStore(file);
    } catch (error) {
      problem = (error as StoreOpenError).problem;
      expect((error as Error).message).toContain('newer version');
    }
    expect(problem).toBe('from_newer_version');
    expect(hashOf(file)).toBe(before);
  } finally {
    dir.remove();
  }
});
