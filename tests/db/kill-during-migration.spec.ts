import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../../db/connection.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { bundleForNode, randomDelay, runChild } from '../helpers/node-child.js';
import { tempDir } from '../helpers/temp-store.js';

const KILLS = 50;
const OLDEST = fileURLToPath(new URL('../fixtures/schema-versions/v10.db', import.meta.url));
const HEAD = MIGRATIONS.at(-1)!.version;

/** The schema (every table, index, trigger with its SQL) and the data of the oldest schema's tables. */
function snapshot(db: Store) {
  return {
    version: db.pragma('user_version', { simple: true }) as number,
    schema: db.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY type, name`).all(),
    data: ['organizations', 'audit_log'].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()),
  };
}

function snapshotOf(file: string, open: (file: string) => Store = (path) => new Database(path)) {
  const db = open(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return snapshot(db);
  } finally {
    db.close();
  }
}

test('SIGKILL during a migration from the oldest schema, 50 times: old and intact, or new and complete', async () => {
  test.setTimeout(300_000);
  const child = await bundleForNode('tests/crash/child.ts', 'kill-during-migration');
  const dir = tempDir('pd-kill-migration-');
  try {
    const old = snapshotOf(OLDEST);
    expect(old.version).toBe(10);
    // What a migration that ran to the end gives, and how long it takes here (only to spread the kills).
    const reference = join(dir.path, 'reference.db');
    copyFileSync(OLDEST, reference);
    const started = Date.now();
    const full = runChild(child, ['migrate', reference, join(dir.path, 'backups')]);
    expect(await full.closed).toMatchObject({ code: 0 });
    const window = Math.max(20, (Date.now() - started) * 1.2);
    const migrated = snapshotOf(reference);
    expect(migrated.version).toBe(HEAD);
    expect(migrated.data).toEqual(old.data);

    const outcomes = { old: 0, new: 0 };
    for (let round = 0; round < KILLS; round += 1) {
      const file = join(dir.path, `round-${round}.db`);
      copyFileSync(OLDEST, file);
      const run = runChild(child, ['migrate', file, join(dir.path, `backups-${round}`)]);
      await randomDelay(window);
      run.process.kill('SIGKILL');
      await run.closed;

      // Whatever the moment: a sound file, at the old version with the old schema and data, or at
      // the head with all of it — never a mix. Opened plainly first, as anything else would see it.
      const after = snapshotOf(file);
      if (after.version === 10) {
        expect(after).toEqual(old);
        outcomes.old += 1;
      } else {
        expect(after).toEqual(migrated);
        outcomes.new += 1;
      }
      // The app's own open then finishes the job.
      expect(snapshotOf(file, (path) => openStore(path, { backupFolder: join(dir.path, `backups-${round}`) }))).toEqual(
        migrated,
      );
    }
    console.log(
      `kill during migration: ${KILLS} kills survived — ${outcomes.old} left the old schema 10 intact, ` +
        `${outcomes.new} the complete schema ${HEAD}; every one then opened and migrated normally`,
    );
  } finally {
    dir.remove();
  }
});
