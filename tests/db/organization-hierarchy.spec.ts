import { expect, test } from '@playwright/test';
import type { Organization } from '../../shared/domain/organization.js';
import type { Result } from '../../shared/api/result.js';
import { updateInput } from '../helpers/organization-input.js';
import { call, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const create = (name: string, parentId: string | null = null) =>
  call<Organization>(app, 'organizations.create', { name, country: 'KR', kind: 'department', parentId });

/** Sets `organization`'s parent and returns the dispatcher's answer. */
const reparent = (organization: Organization, parentId: string | null) =>
  dispatchNow(app, 'organizations.update', updateInput(organization, { parentId }));

const errorOf = (result: Result<unknown>) => (result.ok ? 'ok' : { code: result.error.code, ...result.error.fields });

test('a parent that does not exist, or was deleted, is invalid_input on parentId', () => {
  expect(
    errorOf(
      dispatchNow(app, 'organizations.create', {
        name: 'Sở Văn hóa',
        country: 'KR',
        kind: 'department',
        parentId: '6f1c2b1e-3a5d-4c8e-9f00-123456789abc',
      }),
    ),
  ).toEqual({ code: 'invalid_input', parentId: 'not_found' });

  const gone = create('Văn phòng cũ');
  call(app, 'organizations.delete', { id: gone.id });
  expect(
    errorOf(
      dispatchNow(app, 'organizations.create', {
        name: 'Phòng mới',
        country: 'KR',
        kind: 'department',
        parentId: gone.id,
      }),
    ),
  ).toEqual({ code: 'invalid_input', parentId: 'not_found' });
});

test('an organisation cannot be its own parent nor sit below its own descendants', () => {
  const province = create('Tỉnh Gyeongsangbuk-do');
  const city = create('Thành phố Gyeongju', province.id);
  const office = create('Phòng Hợp tác Quốc tế', city.id);

  expect(errorOf(reparent(province, province.id))).toMatchObject({
    code: 'invalid_input',
    parentId: expect.any(String),
  });
  expect(errorOf(reparent(province, city.id))).toEqual({ code: 'invalid_input', parentId: 'cycle' });
  expect(errorOf(reparent(province, office.id))).toEqual({ code: 'invalid_input', parentId: 'cycle' });
  expect(call<Organization>(app, 'organizations.get', { id: province.id }).parentId).toBeNull();

  // Moving a branch elsewhere in the tree is allowed.
  expect(errorOf(reparent(office, province.id))).toBe('ok');
  expect(errorOf(reparent(city, null))).toBe('ok');
});

test('a parent with active children cannot be deleted; once they are gone it can', () => {
  const province = create('Tỉnh Gyeongsangbuk-do');
  const city = create('Thành phố Gyeongju', province.id);

  expect(errorOf(dispatchNow(app, 'organizations.delete', { id: province.id }))).toEqual({
    code: 'conflict',
    id: 'has_children',
  });
  call(app, 'organizations.delete', { id: city.id });
  expect(errorOf(dispatchNow(app, 'organizations.delete', { id: province.id }))).toBe('ok');
  expect(errorOf(dispatchNow(app, 'organizations.get', { id: province.id }))).toEqual({ code: 'not_found' });
});

test('the same name in the same country is a conflict, on create and on rename, whatever the accents and case', () => {
  const gyeongju = create('Thành phố Gyeongju');
  const other = create('Thành phố Pohang');
  const duplicate = { code: 'conflict', name: 'duplicate' };

  expect(
    errorOf(
      dispatchNow(app, 'organizations.create', {
        name: 'THANH PHO GYEONGJU',
        country: 'KR',
        kind: 'city',
      }),
    ),
  ).toEqual(duplicate);
  expect(
    errorOf(dispatchNow(app, 'organizations.update', updateInput(other, { name: 'Thành phố  Gyeongju' }))),
  ).toEqual(duplicate);
  // Keeping its own name is not a clash with itself; the same name in another country is another body.
  expect(errorOf(dispatchNow(app, 'organizations.update', updateInput(gyeongju, { notes: 'Cố đô' })))).toBe('ok');
  expect(
    errorOf(
      dispatchNow(app, 'organizations.create', {
        name: 'Thành phố Gyeongju',
        country: 'VN',
        kind: 'city',
      }),
    ),
  ).toBe('ok');
});
