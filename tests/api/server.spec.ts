import { expect, test } from '@playwright/test';
import type { Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWebServer } from '../../main/web/server.js';
import { countRows, openTestApp } from '../helpers/temp-store.js';

const TOKEN = 'test-token-0123456789';
let app: ReturnType<typeof openTestApp>;
let server: Server;
let base: string;

test.beforeEach(async () => {
  app = openTestApp();
  const staticDir = join(app.dataDir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Protocol Desk</title>');
  const started = await startWebServer({ dispatch: app.dispatch, staticDir, token: TOKEN, port: 0 });
  server = started.server;
  base = started.url;
});

test.afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  app.close();
});

function post(method: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
    body,
  });
}

const GOOD_ORGANIZATION = JSON.stringify({ name: 'Thành phố Huế', country: 'VN', kind: 'city' });

test('a good call answers 200 with the envelope', async () => {
  const response = await post('organizations.create', GOOD_ORGANIZATION);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, value: { name: 'Thành phố Huế', country: 'VN' } });
});

test('a missing or wrong token is refused with 401 and nothing is written', async () => {
  for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN, `bearer ${TOKEN}`]) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (authorization) headers.Authorization = authorization;
    const response = await fetch(`${base}api/organizations.create`, {
      method: 'POST',
      headers,
      body: GOOD_ORGANIZATION,
    });
    expect(response.status, String(authorization)).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  }
  expect(countRows(app, 'organizations')).toBe(0);
  expect(countRows(app, 'audit_log')).toBe(0);
});

test('requests addressed to another host name are refused (DNS rebinding)', async () => {
  const { request } = await import('node:http');
  const port = new URL(base).port;
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/organizations.create',
        method: 'POST',
        headers: { Host: `evil.example:${port}`, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      },
      (res) => resolve(res.statusCode ?? 0),
    );
    req.on('error', reject);
    req.end(GOOD_ORGANIZATION);
  });
  expect(status).toBe(403);
  expect(countRows(app, 'organizations')).toBe(0);
});

test('malformed requests get a clear error and write nothing', async () => {
  const cases: [string, Promise<Response>, number, RegExp][] = [
    ['unknown method', post('organizations.explode', '{}'), 404, /Unknown method: organizations\.explode/],
    ['not JSON', post('organizations.create', '{"name": "Huế",'), 400, /not valid JSON/],
    [
      'wrong content type',
      post('organizations.create', GOOD_ORGANIZATION, { 'Content-Type': 'text/plain' }),
      415,
      /must be JSON/,
    ],
    [
      'too large',
      post('organizations.create', JSON.stringify({ name: 'x'.repeat(36 * 1024 * 1024 + 10) })),
      413,
      /larger than/,
    ],
    ['JSON but not an object', post('organizations.create', '[1,2,3]'), 400, /Invalid input/],
    ['null body', post('organizations.create', 'null'), 400, /Invalid input/],
  ];
  for (const [what, pending, status, message] of cases) {
    const response = await pending;
    expect(response.status, what).toBe(status);
    const body = (await response.json()) as { ok: boolean; error: { message: string } };
    expect(body.ok, what).toBe(false);
    expect(body.error.message, what).toMatch(message);
  }
  const get = await fetch(`${base}api/organizations.list`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  expect(get.status).toBe(405);
  expect(countRows(app, 'organizations')).toBe(0);
});

test('the renderer is served with the content security policy', async () => {
  const response = await fetch(base);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await response.text()).toContain('Protocol Desk');
  expect((await fetch(`${base}../../etc/passwd`)).status).toBe(404);
});
