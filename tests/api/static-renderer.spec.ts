import { expect, test } from '@playwright/test';
import { get } from 'node:http';
import { INDEX_HTML, startWebTestApp, type WebTestApp } from '../helpers/web-app.js';

let web: WebTestApp;
test.beforeEach(async () => {
  web = await startWebTestApp();
});
test.afterEach(() => web.close());

test("'/' serves index.html with a strict Content-Security-Policy", async () => {
  const response = await fetch(web.base);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await response.text()).toBe(INDEX_HTML);
  const csp = response.headers.get('content-security-policy') ?? '';
  const directives = new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp).not.toContain('unsafe-eval');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
});

/** GET with the path sent exactly as written (fetch would resolve dot segments first). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: web.port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('latin1') }));
    }).on('error', reject);
  });
}

test('the store file next to the renderer folder cannot be fetched by climbing out of it', async () => {
  // The renderer folder is <data>/renderer and the store is <data>/protocol-desk.db.
  for (const path of [
    '/../protocol-desk.db',
    '/%2e%2e/protocol-desk.db',
    '/..%2fprotocol-desk.db',
    '/%2e%2e%2fprotocol-desk.db',
    '/x/..%2f..%2fprotocol-desk.db',
  ]) {
    const response = await rawGet(path);
    expect(response.status, path).toBe(404);
    expect(response.body, path).not.toContain('SQLite format 3');
  }
  expect((await rawGet('/index.html')).status).toBe(200);
});
