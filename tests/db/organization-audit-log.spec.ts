import { expect, test } from '@playwright/test';
import type { Organization } from '../../shared/domain/organization.js';
import { updateInput } from '../helpers/organization-input.js';
import { call, countRows, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

interface AuditRow {
  id: string;
  created_at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string | null;
}

const auditRows = (entityId: string) =>
  app.db.prepare('SELECT * FROM audit_log WHERE entity_id = ? ORDER BY rowid').all(entityId) as AuditRow[];

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

test('create, update and delete each append one audit row holding the record before and after', () => {
  const created = call<Organization>(app, 'organizations.create', {
    name: 'Thành phố Gyeongju',
    aliases: ['경주시'],
    country: 'KR',
    kind: 'city',
  });
  const updated = call<Organization>(app, 'organizations.update', {
    id: created.id,
    name: 'Thành phố Gyeongju',
    aliases: ['경주시', 'Gyeongju-si'],
    country: 'KR',
    kind: 'city',
    notes: 'Cố đô Silla',
  });
  call(app, 'organizations.delete', { id: created.id });

  const rows = auditRows(created.id);
  expect(rows.map((row) => [row.entity, row.action])).toEqual([
    ['organization', 'create'],
    ['organization', 'update'],
    ['organization', 'delete'],
  ]);
  expect(parse(rows[0]!.before)).toBeNull();
  expect(parse(rows[0]!.after)).toEqual(created);
  expect(parse(rows[1]!.before)).toEqual(created);
  expect(parse(rows[1]!.after)).toEqual(updated);
  expect(parse(rows[2]!.before)).toEqual(updated);
  expect(parse(rows[2]!.after)).toBeNull();
  for (const row of rows) {
    expect(row.actor).not.toBe('');
    expect(new Date(row.created_at).toISOString()).toBe(row.created_at);
  }
  expect(new Set(rows.map((row) => row.id)).size).toBe(3);
  expect(countRows(app, 'audit_log')).toBe(3);
});

test('a refused change writes no audit row and leaves the record unchanged', () => {
  const nara = call<Organization>(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const child = call<Organization>(app, 'organizations.create', {
    name: 'Thành phố Nara',
    country: 'JP',
    kind: 'city',
    parentId: nara.id,
  });
  const before = { audit: countRows(app, 'audit_log'), organizations: countRows(app, 'organizations') };

  const refusals = [
    dispatchNow(app, 'organizations.create', { name: 'tỉnh nara', country: 'JP', kind: 'province' }),
    dispatchNow(app, 'organizations.update', updateInput(nara, { name: 'Tỉnh Nara (sửa)', parentId: child.id })),
    dispatchNow(
      app,
      'organizations.update',
      updateInput(child, { name: 'Tỉnh Nara', kind: 'province', parentId: null }),
    ),
    dispatchNow(app, 'organizations.delete', { id: nara.id }),
  ];
  expect(refusals.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
    'conflict',
    'invalid_input',
    'conflict',
    'conflict',
  ]);
  expect({ audit: countRows(app, 'audit_log'), organizations: countRows(app, 'organizations') }).toEqual(before);
  expect(call(app, 'organizations.get', { id: nara.id })).toEqual(nara);
  expect(call(app, 'organizations.get', { id: child.id })).toEqual(child);
});
