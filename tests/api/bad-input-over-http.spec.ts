import { expect, test } from '@playwright/test';
import { MAX_BODY_BYTES } from '../../main/web/server.js';
import { API_METHODS } from '../../shared/api/methods.js';
import { badInputs, seedForBadInputs } from '../helpers/bad-inputs.js';
import { startWebTestApp, type WebTestApp } from '../helpers/web-app.js';

let web: WebTestApp;
test.beforeEach(async () => {
  web = await startWebTestApp();
});
test.afterEach(() => web.close());

/** Sends `input` to `method` over HTTP and checks the 400 envelope names `field` (with `key`, when given). */
async function expectRefused(method: string, input: unknown, field: string, key?: string) {
  const label = `${method} ${JSON.stringify(input)?.slice(0, 80)}`;
  const { status, body } = await web.callApi(method, input);
  expect(status, label).toBe(400);
  expect(body.ok, label).toBe(false);
  if (body.ok) return;
  expect(body.error.code, label).toBe('invalid_input');
  expect(Object.keys(body.error.fields ?? {}), label).toContain(field);
  if (key) expect(body.error.fields?.[field], label).toBe(key);
  expect(body.error.message, label).toContain(field);
}

test('every contract method refuses its bad inputs over HTTP with 400, naming the field, writing nothing', async () => {
  const table = badInputs(seedForBadInputs(web.app));
  expect(Object.keys(table).sort()).toEqual([...API_METHODS].sort());
  const before = web.rowCounts();
  for (const [method, cases] of Object.entries(table)) {
    for (const [input, field] of cases) {
      if (Buffer.byteLength(JSON.stringify(input)) > MAX_BODY_BYTES) {
        // Too large to reach the schema at all: the transport refuses it first.
        expect((await web.post(method, JSON.stringify(input))).status, method).toBe(413);
        continue;
      }
      await expectRefused(method, input, field);
    }
  }
  expect(web.rowCounts()).toEqual(before);
});

test('every contract method refuses an unknown field and input that is not an object', async () => {
  seedForBadInputs(web.app);
  const before = web.rowCounts();
  for (const method of API_METHODS) {
    await expectRefused(method, { smuggled: true }, 'smuggled', 'unknown_field');
    await expectRefused(method, 42, 'input');
    await expectRefused(method, ['organizations'], 'input');
    await expectRefused(method, 'DROP TABLE organizations', 'input');
  }
  expect(web.rowCounts()).toEqual(before);
});

test('an organisation with a bad name or country is refused with the field and its reason', async () => {
  const good = { name: 'Thành phố Đà Nẵng', country: 'VN', kind: 'city' };
  await expectRefused('organizations.create', { ...good, name: '' }, 'name', 'required');
  await expectRefused('organizations.create', { ...good, name: ' \t ' }, 'name', 'required');
  await expectRefused('organizations.create', { ...good, name: 'Đ'.repeat(2000) }, 'name', 'too_long');
  await expectRefused('organizations.create', { ...good, country: 'XX' }, 'country', 'unknown_country');
  await expectRefused('organizations.create', { ...good, kind: 'kingdom' }, 'kind', 'invalid_choice');
  await expectRefused('organizations.create', { country: 'VN', kind: 'city' }, 'name', 'required');
  await expectRefused('organizations.create', { ...good, name: 42 }, 'name', 'invalid');
  await expectRefused('organizations.get', { id: '1; DROP TABLE organizations' }, 'id', 'invalid_id');
  expect(web.rowCounts().every((count) => count === 0)).toBe(true);

  // The same input with the field put right goes through: the refusals above were about that field.
  const { status } = await web.callApi('organizations.create', good);
  expect(status).toBe(200);
});
