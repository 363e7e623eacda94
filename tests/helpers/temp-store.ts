import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type OpenedApp } from '../../main/bootstrap.js';
import type { Result } from '../../shared/api/result.js';

/** A fresh folder in the system temp dir; `remove()` deletes it with everything in it. */
export function tempDir(prefix = 'pd-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The real app (store file, migrations, services, dispatcher) on an empty data folder. */
export function openTestApp(): OpenedApp & { dataDir: string; close: () => void } {
  const dir = tempDir();
  const app = openApp({ dataDir: dir.path, mode: 'browser', version: 'test' });
  // Not a spread: `db` is a getter (a restore replaces the store) and must stay one.
  return Object.assign(app, {
    dataDir: dir.path,
    close: () => {
      app.store.close();
      dir.remove();
    },
  });
}

/** The dispatcher's answer for a synchronous method (every method but file exports). */
export function dispatchNow(app: OpenedApp, method: string, input: unknown): Result<unknown> {
  const result = app.dispatch(method, input);
  if (result instanceof Promise) throw new Error(`${method} answers with a promise: await app.dispatch instead`);
  return result;
}

/** Calls a method through the dispatcher and returns the value, failing loudly on an error envelope. */
export function call<T = { id: string }>(app: OpenedApp, method: string, input: unknown): T {
  const result = dispatchNow(app, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export const STORE_TABLES = [
  'organizations',
  'people',
  'delegations',
  'participants',
  'engagements',
  'relationships',
  'gifts',
  'agreements',
  'follow_ups',
  'articles',
  'provenance',
  'audit_log',
] as const;

/** Rows in a table: for "nothing was written" checks. */
export function countRows(app: OpenedApp, table: (typeof STORE_TABLES)[number]): number {
  return (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
