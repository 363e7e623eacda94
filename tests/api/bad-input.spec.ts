import { expect, test } from '@playwright/test';
import { API_METHODS } from '../../shared/api/methods.js';
import { badInputs, MISSING, seedForBadInputs } from '../helpers/bad-inputs.js';
import { countRows, dispatchNow, openTestApp, STORE_TABLES } from '../helpers/temp-store.js';

const TABLES = STORE_TABLES;

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

test('every contract method refuses bad input, names the field, and writes nothing', () => {
  const table = badInputs(seedForBadInputs(app));
  expect(Object.keys(table).sort()).toEqual([...API_METHODS].sort());

  const before = TABLES.map((name) => countRows(app, name));
  for (const [method, cases] of Object.entries(table)) {
    for (const [input, field] of cases) {
      const result = dispatchNow(app, method, input);
      const label = `${method} ${JSON.stringify(input)?.slice(0, 80)}`;
      expect(result.ok, label).toBe(false);
      if (result.ok) continue;
      expect(result.error.code, label).toBe('invalid_input');
      expect(Object.keys(result.error.fields ?? {}), label).toContain(field);
      expect(result.error.message, label).toContain(field);
    }
  }
  expect(TABLES.map((name) => countRows(app, name))).toEqual(before);
});

test('methods that take an id answer not_found for a record that does not exist', () => {
  for (const method of [
    'organizations.get',
    'organizations.delete',
    'organizations.dossier',
    'people.get',
    'people.delete',
    'delegations.get',
    'delegations.delete',
    'delegations.restore',
    'relationships.delete',
    'gifts.get',
    'gifts.delete',
    'agreements.get',
    'agreements.delete',
    'followUps.get',
    'followUps.delete',
    'calendar.deleteAdjustment',
    'attachments.get',
    'briefings.forDelegation',
    'articles.get',
    'articles.delete',
  ]) {
    const result = dispatchNow(app, method, { id: MISSING });
    expect(result.ok ? 'ok' : result.error.code, method).toBe('not_found');
  }
});
