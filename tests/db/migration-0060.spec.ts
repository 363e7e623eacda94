import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/connection.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { migrate, schemaVersion } from '../../db/migrations/runner.js';
import { tempDir } from '../helpers/temp-store.js';

const upTo = (version: number) => MIGRATIONS.filter((migration) => migration.version <= version);

function insertDelegation(db: Store, id: string, start: string, end: string | null): void {
  db.prepare(
    `INSERT INTO delegations (id, direction, visiting_org_id, host_org_id, start_date, end_date, status, created_at, updated_at)
     VALUES (?, 'incoming', 'org-1', 'org-1', ?, ?, 'completed', '2025-01-01', '2025-01-01')`,
  ).run(id, start, end);
}

/** Each delegation's span as the tree holds it, in days. */
function spans(db: Store): Record<string, [string, string]> {
  const rows = db
    .prepare(
      `SELECT k.delegation_id AS id, date(s.first_day) AS first, date(s.last_day) AS last
         FROM delegation_spans s JOIN delegation_span_keys k ON k.key = s.key`,
    )
    .all() as { id: string; first: string; last: string }[];
  return Object.fromEntries(rows.map((row) => [row.id, [row.first, row.last]]));
}

test('migration 60 gives every existing visit its span, partial dates covering their whole period', () => {
  const dir = tempDir();
  try {
    const db = openStore(join(dir.path, 'store.db'), { migrations: upTo(50) });
    db.prepare(
      `INSERT INTO organizations (id, name, name_key, aliases, country, kind, is_home, notes, created_at, updated_at)
       VALUES ('org-1', 'Thành phố Huế', 'thanh pho hue', '[]', 'VN', 'city', 1, '', '2025-01-01', '2025-01-01')`,
    ).run();
    insertDelegation(db, 'full', '2025-10-13', '2025-10-15');
    insertDelegation(db, 'month', '2024-02', null);
    insertDelegation(db, 'year', '2023', null);
    // Old data: an end before the start still covers the start day.
    insertDelegation(db, 'backwards', '2025-03-10', '2025-03-01');
    const before = db.prepare('SELECT * FROM delegations ORDER BY id').all();

    expect(migrate(db, upTo(60))).toEqual({ from: 50, to: 60 });
    expect(schemaVersion(db)).toBe(60);
    expect(db.prepare('SELECT * FROM delegations ORDER BY id').all()).toEqual(before);
    expect(spans(db)).toEqual({
      full: ['2025-10-13', '2025-10-15'],
      month: ['2024-02-01', '2024-02-29'],
      year: ['2023-01-01', '2023-12-31'],
      backwards: ['2025-03-10', '2025-03-10'],
    });

    // Triggers keep the tree with the table: new, moved and removed visits.
    insertDelegation(db, 'new', '2026-01-05', null);
    db.prepare("UPDATE delegations SET start_date = '2026-05', end_date = '2026-06-02' WHERE id = 'full'").run();
    db.prepare("DELETE FROM delegations WHERE id = 'year'").run();
    expect(spans(db)).toEqual({
      full: ['2026-05-01', '2026-06-02'],
      month: ['2024-02-01', '2024-02-29'],
      backwards: ['2025-03-10', '2025-03-10'],
      new: ['2026-01-05', '2026-01-05'],
    });
    // Keys survive VACUUM, which may renumber the delegations' own rowids.
    db.exec('VACUUM');
    expect(Object.keys(spans(db)).sort()).toEqual(['backwards', 'full', 'month', 'new']);
    db.close();
  } finally {
    dir.remove();
  }
});
