import { expect, test } from '@playwright/test';
import { request } from 'node:http';
import { MAX_BODY_BYTES } from '../../main/web/server.js';
import { startWebTestApp, TEST_TOKEN, type ApiEnvelope, type WebTestApp } from '../helpers/web-app.js';

let web: WebTestApp;
test.beforeEach(async () => {
  web = await startWebTestApp();
});
test.afterEach(() => web.close());

const GOOD = JSON.stringify({ name: 'Thành phố Huế', country: 'VN', kind: 'city' });

async function envelope(response: Response): Promise<Extract<ApiEnvelope, { ok: false }>['error']> {
  const body = (await response.json()) as ApiEnvelope;
  expect(body.ok).toBe(false);
  if (body.ok) throw new Error('expected an error envelope');
  return body.error;
}

/** A raw request, for headers fetch will not let a caller set (Host). */
function rawPost(path: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path, method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('an unknown method answers 404 unknown_method', async () => {
  for (const method of ['organizations.drop', 'constructor', '__proto__', 'organizations.list/extra', '']) {
    const response = await web.post(method, '{}');
    expect(response.status, method).toBe(404);
    expect((await envelope(response)).code, method).toBe('unknown_method');
  }
});

test('missing or wrong token: 401 unauthorized, even for an unknown method, and nothing written', async () => {
  for (const authorization of ['', 'Bearer ', `Bearer ${TEST_TOKEN.slice(0, -1)}`, `Basic ${TEST_TOKEN}`]) {
    const response = await web.post('organizations.create', GOOD, { Authorization: authorization });
    expect(response.status, authorization).toBe(401);
    expect((await envelope(response)).code).toBe('unauthorized');
  }
  expect((await web.post('organizations.drop', '{}', { Authorization: 'Bearer nope' })).status).toBe(401);
  expect(web.rowCounts().every((count) => count === 0)).toBe(true);
});

test('a Host other than this machine is refused with 403 before anything runs', async () => {
  const auth = { Authorization: `Bearer ${TEST_TOKEN}`, 'Content-Type': 'application/json' };
  for (const host of [`evil.example:${web.port}`, `127.0.0.1.evil.example:${web.port}`, '127.0.0.1', `127.0.0.1:1`]) {
    expect(await rawPost('/api/organizations.create', { ...auth, Host: host }, GOOD), host).toBe(403);
  }
  expect(web.rowCounts().every((count) => count === 0)).toBe(true);
  // The same request addressed to this machine goes through, by either of its names.
  expect(await rawPost('/api/organizations.create', { ...auth, Host: `localhost:${web.port}` }, GOOD)).toBe(200);
});

test('malformed JSON is 400, a non-JSON content type 415, GET on the API 405', async () => {
  const malformed = await web.post('organizations.create', '{"name": "Huế", ');
  expect(malformed.status).toBe(400);
  expect((await envelope(malformed)).code).toBe('invalid_input');

  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    const response = await web.post('organizations.create', GOOD, { 'Content-Type': type });
    expect(response.status, type).toBe(415);
  }

  const get = await fetch(`${web.base}api/x`, { headers: { Authorization: `Bearer ${TEST_TOKEN}` } });
  expect(get.status).toBe(405);
  expect(get.headers.get('allow')).toBe('POST');
  expect(web.rowCounts().every((count) => count === 0)).toBe(true);
});

test('a body over the limit is 413 and writes nothing; one at the limit is read', async () => {
  // The same valid request padded with JSON white space to exactly the limit, then one byte more.
  const atLimit = GOOD + ' '.repeat(MAX_BODY_BYTES - Buffer.byteLength(GOOD));
  expect(Buffer.byteLength(atLimit)).toBe(MAX_BODY_BYTES);

  const over = await web.post('organizations.create', atLimit + ' ');
  expect(over.status).toBe(413);
  expect((await envelope(over)).message).toContain(String(MAX_BODY_BYTES));
  expect(web.rowCounts().every((count) => count === 0)).toBe(true);

  expect((await web.post('organizations.create', atLimit)).status).toBe(200);
});

test('browser mode cannot print from a hidden window: 501 unsupported, so the page uses the browser print', async () => {
  for (const method of ['print.savePdf', 'print.print']) {
    const response = await web.post(method, JSON.stringify({ route: '/briefings/week?day=2026-03-11' }));
    expect(response.status, method).toBe(501);
    expect((await envelope(response)).code, method).toBe('unsupported');
  }
});
