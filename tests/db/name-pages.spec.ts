import { expect, test } from '@playwright/test';
import type { ListPage } from '../../shared/domain/fields.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

/** Made out of order; Vietnamese order puts Đ after D, Ă and Â after A, and two equal names side by side. */
const PEOPLE = [
  'Đặng Thu Hà',
  'Bùi Minh',
  'Dương Văn Long',
  'Âu Cơ',
  'An Khang',
  'Ăn Quả',
  'Lê Lan',
  'Lê Lan',
  'Ông Ích',
];
const ORGANIZATIONS = [
  'Tỉnh Gyeonggi',
  'Đại học Huế',
  'Sở Ngoại vụ',
  'Cục Lễ tân',
  'Ủy ban nhân dân',
  'Thành phố Nara',
];

test('people and organisations a page at a time, in Vietnamese order, none repeated or skipped', () => {
  for (const fullName of PEOPLE) call(app, 'people.create', { fullName });
  for (const name of ORGANIZATIONS) call(app, 'organizations.create', { name, country: 'VN', kind: 'other' });
  for (const [method, listMethod, key] of [
    ['people.page', 'people.list', 'fullName'],
    ['organizations.page', 'organizations.list', 'name'],
  ] as const) {
    const whole = call<Record<string, string>[]>(app, listMethod, {});
    const names = whole.map((row) => row[key]);
    expect(names).toEqual(
      method === 'people.page'
        ? ['An Khang', 'Ăn Quả', 'Âu Cơ', 'Bùi Minh', 'Dương Văn Long', 'Đặng Thu Hà', 'Lê Lan', 'Lê Lan', 'Ông Ích']
        : ['Cục Lễ tân', 'Đại học Huế', 'Sở Ngoại vụ', 'Thành phố Nara', 'Tỉnh Gyeonggi', 'Ủy ban nhân dân'],
    );
    for (const limit of [1, 2, 4]) {
      const seen: Record<string, string>[] = [];
      for (let offset = 0; offset < whole.length; offset += limit) {
        const page = call<ListPage<Record<string, string>>>(app, method, { offset, limit });
        expect(page.total).toBe(whole.length);
        seen.push(...page.rows);
      }
      expect(seen.map((row) => row[key])).toEqual(names);
      expect(new Set(seen.map((row) => row.id)).size).toBe(whole.length);
    }
  }
});

test('a page of people narrows by a folded search and counts the matches', () => {
  for (const fullName of PEOPLE) call(app, 'people.create', { fullName });
  const found = call<ListPage<{ fullName: string }>>(app, 'people.page', { query: 'dang', offset: 0, limit: 10 });
  expect(found).toMatchObject({ total: 1, rows: [{ fullName: 'Đặng Thu Hà' }] });
  const lan = call<ListPage<{ fullName: string }>>(app, 'people.page', { query: 'le lan', offset: 1, limit: 10 });
  expect(lan.total).toBe(2);
  expect(lan.rows.map((person) => person.fullName)).toEqual(['Lê Lan']);
  expect(call<ListPage<unknown>>(app, 'people.page', { query: 'zzz', offset: 0, limit: 10 })).toEqual({
    rows: [],
    total: 0,
  });
});

test('people by id: in the order asked, those deleted or unknown left out', () => {
  const [dang, bui, duong] = PEOPLE.slice(0, 3).map((fullName) =>
    call<{ id: string }>(app, 'people.create', { fullName }),
  );
  call(app, 'people.delete', { id: bui!.id });
  const found = call<{ fullName: string }[]>(app, 'people.byIds', {
    ids: [duong!.id, bui!.id, '00000000-0000-4000-8000-000000000000', dang!.id],
  });
  expect(found.map((person) => person.fullName)).toEqual(['Dương Văn Long', 'Đặng Thu Hà']);
  expect(call(app, 'people.byIds', { ids: [] })).toEqual([]);
});
