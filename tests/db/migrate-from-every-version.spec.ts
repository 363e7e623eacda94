import { expect, test } from '@playwright/test';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { openApp } from '../../main/bootstrap.js';
import type { Delegation } from '../../shared/domain/delegation.js';
import { EXPECTED, IDS, SCHEMA_VERSIONS } from '../fixtures/schema-versions/seed.js';
import { call, tempDir } from '../helpers/temp-store.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/schema-versions/', import.meta.url));
const HEAD = MIGRATIONS.at(-1)!.version;

test('there is a frozen fixture for every schema version', () => {
  expect(MIGRATIONS.map((migration) => migration.version)).toEqual([...SCHEMA_VERSIONS]);
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.db'));
  expect(files.sort()).toEqual(SCHEMA_VERSIONS.map((version) => `v${version}.db`).sort());
});

for (const version of SCHEMA_VERSIONS) {
  test(`a store at schema ${version} migrates to the head with its data intact`, () => {
    const dir = tempDir('pd-fixture-');
    copyFileSync(join(FIXTURES, `v${version}.db`), join(dir.path, 'protocol-desk.db'));
    const app = openApp({ dataDir: dir.path, mode: 'browser', version: 'test' });
    try {
      const db = app.db;
      expect(db.pragma('user_version', { simple: true })).toBe(HEAD);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

      expect(one(`SELECT name, is_home, parent_id FROM organizations WHERE id = ?`, IDS.hue)).toEqual({
        name: EXPECTED.hueName,
        is_home: 1,
        parent_id: null,
      });
      const gyeongju = one<{ name: string; aliases: string }>(`SELECT * FROM organizations WHERE id = ?`, IDS.gyeongju);
      expect(gyeongju.name).toBe(EXPECTED.gyeongjuName);
      expect(JSON.parse(gyeongju.aliases)).toEqual(EXPECTED.gyeongjuAliases);
      expect(one(`SELECT deleted_at FROM organizations WHERE id = ?`, IDS.nara)).toEqual({
        deleted_at: '2025-11-01T00:00:00.000Z',
      });
      expect(one(`SELECT count(*) AS n FROM audit_log`)).toEqual({ n: 1 });

      if (version >= 20) {
        // Read back through the head's own service: the migrated schema serves today's code.
        const visit = call<Delegation>(app, 'delegations.get', { id: IDS.visit });
        expect(visit.purpose).toBe(EXPECTED.purpose);
        expect(visit.endDate ?? null).toBeNull();
        expect(visit.participants.map((p) => p.title)).toContain(EXPECTED.guestTitle);
        expect(one(`SELECT native_name FROM people WHERE id = ?`, IDS.song)).toEqual({
          native_name: EXPECTED.songNative,
        });
      }
      if (version >= 30) {
        expect(one(`SELECT item, estimated_value FROM gifts WHERE id = ?`, IDS.gift)).toEqual({
          item: EXPECTED.giftItem,
          estimated_value: null,
        });
        expect(one(`SELECT title FROM agreements WHERE id = ?`, IDS.agreement)).toEqual({
          title: EXPECTED.agreementTitle,
        });
        expect(one(`SELECT text, due FROM follow_ups WHERE id = ?`, IDS.followUp)).toEqual({
          text: EXPECTED.followUpText,
          due: '2027',
        });
      }
      if (version >= 50) {
        const article = one<{ body: string }>(`SELECT body FROM articles WHERE id = ?`, IDS.article);
        expect(article.body.length).toBe(EXPECTED.articleBody.length);
        expect(article.body === EXPECTED.articleBody).toBe(true);
      }
      // And the migrated store takes new records.
      call(app, 'organizations.create', { name: 'Thành phố Đà Nẵng', country: 'VN', kind: 'city' });
    } finally {
      app.store.close();
      dir.remove();
    }
  });
}
