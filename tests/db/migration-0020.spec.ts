import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/connection.js';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { migrate, schemaVersion } from '../../db/migrations/runner.js';
import { tempDir } from '../helpers/temp-store.js';

const upTo = (version: number) => MIGRATIONS.filter((migration) => migration.version <= version);

function schema(db: Store): string {
  return (
    db
      .prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all() as { type: string; name: string; sql: string }[]
  )
    .map((row) => `-- ${row.type} ${row.name}\n${row.sql.replace(/\s+/g, ' ')};`)
    .join('\n');
}

test('migration 20 keeps the organisations and audit entries written under 10', () => {
  const dir = tempDir();
  try {
    const db = openStore(join(dir.path, 'store.db'), { migrations: upTo(10) });
    expect(schemaVersion(db)).toBe(10);
    db.prepare(
      `INSERT INTO organizations (id, name, name_key, aliases, country, kind, is_home, notes, created_at, updated_at)
       VALUES ('org-1', 'Thành phố Huế', 'thanh pho hue', '["Hue"]', 'VN', 'city', 1, '', '2025-01-01', '2025-01-01')`,
    ).run();
    db.prepare(
      `INSERT INTO audit_log (id, created_at, actor, entity, entity_id, action, before, after)
       VALUES ('a-1', '2025-01-01', 'lan', 'organization', 'org-1', 'create', NULL, '{}')`,
    ).run();
    const before = db.prepare('SELECT * FROM organizations').all();

    expect(migrate(db, upTo(20))).toEqual({ from: 10, to: 20 });
    expect(db.prepare('SELECT * FROM organizations').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    // The new tables accept a delegation of the existing organisation.
    db.prepare(
      `INSERT INTO delegations (id, direction, visiting_org_id, host_org_id, start_date, status, created_at, updated_at)
       VALUES ('d-1', 'outgoing', 'org-1', 'org-1', '2026', 'planned', '2025-01-01', '2025-01-01')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO delegations (id, direction, visiting_org_id, host_org_id, start_date, status, created_at, updated_at)
           VALUES ('d-2', 'sideways', 'org-1', 'org-1', '2026', 'planned', '2025-01-01', '2025-01-01')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO participants (id, delegation_id, person_id, side, role, precedence, created_at, updated_at)
           VALUES ('p-1', 'd-1', 'nobody', 'guest', 'head', 0, '2025-01-01', '2025-01-01')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  } finally {
    dir.remove();
  }
});

test('the schema matches its snapshot (a shipped migration must never change)', () => {
  const dir = tempDir();
  try {
    const db = openStore(join(dir.path, 'store.db'));
    expect(schema(db)).toMatchSnapshot('schema.sql');
    db.close();
  } finally {
    dir.remove();
  }
});
