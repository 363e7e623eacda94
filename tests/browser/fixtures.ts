import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export interface BrowserModeApp {
  /** The address printed at start, with its token. */
  url: string;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr): shown when a test fails. */
  serverLog: () => string;
}

/**
 * Starts the built browser-mode server on a free port with its own data folder: a new empty one,
 * or `dataDir` prepared by the test (a damaged store, backups…).
 */
export async function startApp(
  dataDir = mkdtempSync(join(tmpdir(), 'pd-browser-')),
): Promise<{ app: BrowserModeApp; process: ChildProcess }> {
  const child = spawn(process.execPath, ['dist/node/main/web/serve.js'], {
    env: { ...process.env, PROTOCOL_DESK_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // The app's own signal that it is ready: the line with the address to open.
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}) before it was ready:\n${output}`)));
  });
  return { app: { url, dataDir, serverLog: () => output }, process: child };
}

/** Runs a browser-mode app for the length of a fixture, then stops it and removes its data folder. */
async function withApp(use: (app: BrowserModeApp) => Promise<void>): Promise<void> {
  const { app, process: child } = await startApp();
  await use(app);
  child.kill('SIGTERM');
  if (child.exitCode === null) await once(child, 'exit');
  rmSync(app.dataDir, { recursive: true, force: true });
}

export const test = base.extend<{ app: BrowserModeApp; otherApp: BrowserModeApp; appPage: Page }>({
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => withApp(use),
  /** A second app with its own empty store: "another machine", for exchange files. */
  // eslint-disable-next-line no-empty-pattern
  otherApp: async ({}, use) => withApp(use),
  /** A page showing the app, with any console error or failed request failing the test. */
  appPage: async ({ page, app }, use, testInfo) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      // A refused API call (400, 409…) is an expected answer the UI shows; Chromium logs it anyway.
      if (message.type() === 'error' && !message.location().url.includes('/api/')) {
        problems.push(`console: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().includes('/api/')) {
        problems.push(`${response.status()} ${response.url()}`);
      }
    });
    // Most tests start from the delegations list; the home screen has tests of its own.
    await page.goto(`${app.url}#/delegations`);
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) await reportFailureContext(page, app, problems);
    expect(problems, 'no console errors or missing files').toEqual([]);
  },
});

/**
 * What the CI log needs to explain a failure that does not happen on a second run: where the page was, what
 * it showed, and what the browser and the server said. The trace and error-context files stay on the CI machine.
 */
async function reportFailureContext(page: Page, app: BrowserModeApp, problems: string[]): Promise<void> {
  const snapshot = await page
    .locator('body')
    .ariaSnapshot({ timeout: 5000 })
    .catch((error: unknown) => `(no snapshot: ${String(error)})`);
  console.log(
    [
      `--- failure context: ${page.url()}`,
      `page (accessibility snapshot, first 4,000 characters):\n${snapshot.slice(0, 4000)}`,
      `browser problems: ${problems.length ? problems.join('\n') : 'none'}`,
      `server output (last 4,000 characters):\n${app.serverLog().slice(-4000)}`,
      '---',
    ].join('\n'),
  );
}

/** Calls the app's API the way the renderer does (setup for a test, never the thing under test). */
export async function callApi(app: BrowserModeApp, method: string, input: unknown): Promise<{ id: string }> {
  const url = new URL(app.url);
  const response = await fetch(`${url.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: { id: string }; error?: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Our own city, Huế, marked as home: the setup most browser tests start from. */
export function createHue(app: BrowserModeApp): Promise<{ id: string }> {
  return callApi(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
}

export { expect };
