import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../db/connection.js';
import { StoreOpenError } from '../../db/errors.js';
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
