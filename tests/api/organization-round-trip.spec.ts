import { expect, test } from '@playwright/test';
import type { Organization } from '../../shared/domain/organization.js';
import type { HistoryEntry } from '../../shared/domain/history.js';
import { startWebTestApp, type ApiEnvelope, type WebTestApp } from '../helpers/web-app.js';

let web: WebTestApp;
test.beforeEach(async () => {
  web = await startWebTestApp();
});
test.afterEach(() => web.close());

/** The value of a call that must succeed with 200. */
async function value<T>(method: string, input: unknown): Promise<T> {
  const { status, body } = await web.callApi(method, input);
  expect(body, method).toMatchObject({ ok: true });
  expect(status, method).toBe(200);
  return (body as Extract<ApiEnvelope, { ok: true }>).value as T;
}

test('create, get, update, list and delete an organisation over HTTP', async () => {
  const created = await value<Organization>('organizations.create', {
    name: '  Thành phố   Đà Nẵng '.normalize('NFD'),
    aliases: ['Da Nang City', 'Da Nang City'],
    country: 'vn',
    kind: 'city',
  });
  expect(created).toMatchObject({
    name: 'Thành phố Đà Nẵng',
    aliases: ['Da Nang City'],
    country: 'VN',
    kind: 'city',
    parentId: null,
    isHome: false,
  });
  expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(created.createdAt).toBe(created.updatedAt);

  expect(await value<Organization>('organizations.get', { id: created.id })).toEqual(created);

  const updated = await value<Organization>('organizations.update', {
    id: created.id,
    name: 'Thành phố Đà Nẵng',
    aliases: ['Da Nang City', 'Đà Nẵng'],
    country: 'VN',
    kind: 'city',
    notes: 'Kết nghĩa từ 1996',
  });
  expect(updated).toMatchObject({ id: created.id, aliases: ['Da Nang City', 'Đà Nẵng'], notes: 'Kết nghĩa từ 1996' });
  expect(updated.createdAt).toBe(created.createdAt);
  expect(await value<Organization>('organizations.get', { id: created.id })).toEqual(updated);
  expect(await value<Organization[]>('organizations.list', { query: 'da nang' })).toEqual([updated]);

  expect(await value('organizations.delete', { id: created.id })).toEqual({ id: created.id });
  const gone = await web.callApi('organizations.get', { id: created.id });
  expect(gone.status).toBe(404);
  expect(gone.body).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(await value<Organization[]>('organizations.list', {})).toEqual([]);

  const history = await value<HistoryEntry[]>('history.list', { entity: 'organization', entityId: created.id });
  expect(history.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
});

test('a refused change over HTTP answers with its code and status and leaves the record as it was', async () => {
  const first = await value<Organization>('organizations.create', {
    name: 'Tỉnh Nara',
    country: 'JP',
    kind: 'province',
  });
  const before = web.rowCounts();
  const duplicate = await web.callApi('organizations.create', { name: 'TINH NARA', country: 'jp', kind: 'province' });
  expect(duplicate.status).toBe(409);
  expect(duplicate.body).toMatchObject({ ok: false, error: { code: 'conflict', fields: { name: 'duplicate' } } });
  expect(web.rowCounts()).toEqual(before);
  expect(await value<Organization>('organizations.get', { id: first.id })).toEqual(first);
});
