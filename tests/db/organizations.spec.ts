import { expect, test } from '@playwright/test';
import type { OpenedApp } from '../../main/bootstrap.js';
import type { Organization } from '../../shared/domain/organization.js';
import type { HistoryEntry } from '../../shared/domain/history.js';
import { call, countRows, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const search = (on: OpenedApp, query: string) =>
  call<Organization[]>(on, 'organizations.list', { query }).map((organization) => organization.name);

test('folded search over names, aliases and country names; deleted ones are not found', () => {
  call(app, 'organizations.create', { name: 'Thành phố Đà Nẵng', country: 'VN', kind: 'city' });
  call(app, 'organizations.create', {
    name: 'Thành phố Huế',
    aliases: ['Thừa Thiên Huế'],
    country: 'VN',
    kind: 'city',
  });
  const seoul = call(app, 'organizations.create', {
    name: 'Thủ đô Seoul',
    aliases: ['Seoul Metropolitan Government', '서울특별시'],
    country: 'KR',
    kind: 'city',
  });
  call(app, 'organizations.create', { name: 'Thành phố Gyeongju', country: 'KR', kind: 'city' });
  call(app, 'organizations.create', {
    name: 'Bộ Ngoại giao',
    aliases: ['Nguyễn Văn A office'],
    country: 'VN',
    kind: 'ministry',
  });

  expect(search(app, 'da nang')).toEqual(['Thành phố Đà Nẵng']);
  expect(search(app, 'hue')).toEqual(['Thành phố Huế']);
  expect(search(app, 'thua thien')).toEqual(['Thành phố Huế']);
  expect(search(app, 'nguyen')).toEqual(['Bộ Ngoại giao']);
  expect(search(app, '서울특별시')).toEqual(['Thủ đô Seoul']);
  expect(search(app, 'metropolitan gov')).toEqual(['Thủ đô Seoul']);
  expect(search(app, 'gyeong')).toEqual(['Thành phố Gyeongju']);
  expect(search(app, 'han quoc')).toEqual(['Thành phố Gyeongju', 'Thủ đô Seoul']);
  expect(search(app, 'korea')).toEqual(['Thành phố Gyeongju', 'Thủ đô Seoul']);
  expect(search(app, '"; DROP TABLE organizations; --')).toEqual([]);

  call(app, 'organizations.delete', { id: seoul.id });
  expect(search(app, 'seoul')).toEqual([]);
  expect(countRows(app, 'organizations')).toBe(5); // soft delete: the row stays
});

test('the list is in Vietnamese alphabetical order', () => {
  for (const name of ['Tỉnh Yên Bái', 'Tỉnh Đắk Lắk', 'Tỉnh Điện Biên', 'Tỉnh Dak Test', 'Tỉnh Ơn', 'Tỉnh Ông']) {
    call(app, 'organizations.create', { name, country: 'VN', kind: 'province' });
  }
  expect(search(app, '')).toEqual([
    'Tỉnh Dak Test',
    'Tỉnh Đắk Lắk',
    'Tỉnh Điện Biên',
    'Tỉnh Ông',
    'Tỉnh Ơn',
    'Tỉnh Yên Bái',
  ]);
});

test('create, update and delete each write the audit log with before and after', () => {
  const created = call<Organization>(app, 'organizations.create', {
    name: 'Tỉnh Nara',
    country: 'JP',
    kind: 'province',
  });
  call(app, 'organizations.update', {
    id: created.id,
    name: 'Tỉnh Nara',
    aliases: ['奈良県'],
    country: 'JP',
    kind: 'province',
  });
  call(app, 'organizations.delete', { id: created.id });
  const history = call<HistoryEntry[]>(app, 'history.list', { entity: 'organization', entityId: created.id });
  expect(history.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
  expect(history[1]!.changedFields).toEqual(['aliases']);
  expect(history[1]!.before).toMatchObject({ aliases: [] });
  expect(history[1]!.after).toMatchObject({ aliases: ['奈良県'] });
  expect(history[2]!.before).toBeNull();
  expect(history[0]!.after).toBeNull();
  expect(history.every((entry) => entry.actor.length > 0)).toBe(true);
});

test('store checks: duplicate name, missing parent, parent cycle, parent still in use', () => {
  const nara = call(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const office = call(app, 'organizations.create', {
    name: 'Sở Ngoại vụ tỉnh Nara',
    country: 'JP',
    kind: 'department',
    parentId: nara.id,
  });
  const refused = (method: string, input: unknown) => {
    const result = dispatchNow(app, method, input);
    expect(result.ok).toBe(false);
    return result.ok ? undefined : result.error;
  };
  expect(refused('organizations.create', { name: 'tinh nara', country: 'JP', kind: 'province' })).toMatchObject({
    code: 'conflict',
    fields: { name: 'duplicate' },
  });
  // The same name in another country is another organisation.
  call(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'US', kind: 'province' });
  expect(
    refused('organizations.create', {
      name: 'X',
      country: 'JP',
      kind: 'other',
      parentId: '00000000-0000-4000-8000-000000000000',
    }),
  ).toMatchObject({ code: 'invalid_input', fields: { parentId: 'not_found' } });
  expect(
    refused('organizations.update', {
      id: nara.id,
      name: 'Tỉnh Nara',
      country: 'JP',
      kind: 'province',
      parentId: office.id,
    }),
  ).toMatchObject({ fields: { parentId: 'cycle' } });
  expect(refused('organizations.delete', { id: nara.id })).toMatchObject({
    code: 'conflict',
    fields: { id: 'has_children' },
  });
  expect(refused('organizations.get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
    code: 'not_found',
  });
});
