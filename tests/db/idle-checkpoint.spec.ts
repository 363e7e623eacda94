import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../main/data-dir.js';
import { call, openTestApp } from '../helpers/temp-store.js';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('a save commits to the WAL at once and the WAL is folded into the file once the app is idle', async () => {
  const app = openTestApp();
  try {
    const file = join(app.dataDir, DATABASE_FILE);
    call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = hashOf(file);

    call(app, 'organizations.create', { name: 'Tỉnh Gyeonggi', country: 'KR', kind: 'province' });
    // Committed (in the WAL, fsynced) but not yet copied into the file: the save did not pay for a checkpoint.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(hashOf(file)).toBe(before);
    expect(app.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);

    // Then, with no further write, the pages reach the file.
    await expect.poll(() => hashOf(file), { timeout: 10_000 }).not.toBe(before);
  } finally {
    app.close();
  }
});
