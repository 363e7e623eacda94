import { expect, test } from '@playwright/test';
import type { Organization } from '../../shared/domain/organization.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const names = (query: string) =>
  call<Organization[]>(app, 'organizations.list', { query }).map((organization) => organization.name);

test('a folded query finds the Vietnamese name it folds from, in either normal form', () => {
  call(app, 'organizations.create', { name: 'Đà Nẵng', country: 'VN', kind: 'city' });
  call(app, 'organizations.create', { name: 'Huế', country: 'VN', kind: 'city' });
  call(app, 'organizations.create', { name: 'Nguyễn Trãi University', country: 'VN', kind: 'university' });
  call(app, 'organizations.create', { name: 'Hưng Yên', country: 'VN', kind: 'province' });

  expect(names('da nang')).toEqual(['Đà Nẵng']);
  expect(names('ĐÀ NẴNG')).toEqual(['Đà Nẵng']);
  expect(names('Đà Nẵng'.normalize('NFD'))).toEqual(['Đà Nẵng']);
  expect(names('hue')).toEqual(['Huế']);
  expect(names('nguyen')).toEqual(['Nguyễn Trãi University']);
  expect(names('hung')).toEqual(['Hưng Yên']);
  // Every word must match: "da" alone is a prefix of nothing but Đà Nẵng here; "da hue" matches nobody.
  expect(names('da')).toEqual(['Đà Nẵng']);
  expect(names('da hue')).toEqual([]);
});

test('Hangul finds Hangul, a prefix finds the whole word, and the country is found by its names', () => {
  call(app, 'organizations.create', { name: 'Thành phố Gyeongju', aliases: ['경주시'], country: 'KR', kind: 'city' });
  call(app, 'organizations.create', { name: 'Tỉnh Nara', aliases: ['奈良県'], country: 'JP', kind: 'province' });

  expect(names('경주시')).toEqual(['Thành phố Gyeongju']);
  expect(names('경주')).toEqual(['Thành phố Gyeongju']);
  expect(names('奈良')).toEqual(['Tỉnh Nara']);
  expect(names('gyeong')).toEqual(['Thành phố Gyeongju']);
  expect(names('han quoc')).toEqual(['Thành phố Gyeongju']);
  expect(names('Hàn Quốc')).toEqual(['Thành phố Gyeongju']);
  expect(names('nhat ban')).toEqual(['Tỉnh Nara']);
  expect(names('japan')).toEqual(['Tỉnh Nara']);
});

test('an update re-indexes: the old alias and country no longer find it, the new ones do', () => {
  const seoul = call<Organization>(app, 'organizations.create', {
    name: 'Thủ đô Seoul',
    aliases: ['TP. Seoul'],
    country: 'KR',
    kind: 'city',
  });
  expect(names('tp seoul')).toEqual(['Thủ đô Seoul']);

  call(app, 'organizations.update', {
    id: seoul.id,
    name: 'Thủ đô Seoul',
    aliases: ['서울특별시'],
    country: 'KR',
    kind: 'city',
  });
  expect(names('tp')).toEqual([]);
  expect(names('서울특별시')).toEqual(['Thủ đô Seoul']);

  call(app, 'organizations.update', { id: seoul.id, name: 'Osaka', country: 'JP', kind: 'city' });
  expect(names('han quoc')).toEqual([]);
  expect(names('seoul')).toEqual([]);
  expect(names('osaka japan')).toEqual(['Osaka']);
});

test('a deleted organisation is no longer found, and its name may be used again', () => {
  const first = call<Organization>(app, 'organizations.create', { name: 'Đà Nẵng', country: 'VN', kind: 'city' });
  call(app, 'organizations.delete', { id: first.id });
  expect(names('da nang')).toEqual([]);
  expect(names('')).toEqual([]);

  const second = call<Organization>(app, 'organizations.create', { name: 'Đà Nẵng', country: 'VN', kind: 'city' });
  expect(second.id).not.toBe(first.id);
  expect(call<Organization[]>(app, 'organizations.list', { query: 'da nang' }).map((o) => o.id)).toEqual([second.id]);
});
