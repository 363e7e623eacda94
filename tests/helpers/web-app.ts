import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { startWebServer } from '../../main/web/server.js';
import { countRows, openTestApp, STORE_TABLES } from './temp-store.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';
export const INDEX_HTML = '<!doctype html><html lang="vi"><title>Protocol Desk test page</title></html>';

export interface WebTestApp {
  app: ReturnType<typeof openTestApp>;
  /** `http://127.0.0.1:<port>/` */
  base: string;
  port: number;
  /** POSTs `body` (sent as is) to /api/<method> with the token and a JSON content type unless overridden. */
  post(method: string, body: string, headers?: Record<string, string>): Promise<Response>;
  /** POSTs `input` as JSON and returns the status with the parsed envelope. */
  callApi(method: string, input: unknown): Promise<{ status: number; body: ApiEnvelope }>;
  /** Rows in every store table, in STORE_TABLES order: compare before/after for "nothing written". */
  rowCounts(): number[];
  close(): Promise<void>;
}

export type ApiEnvelope =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };

/** The real app on a temp data folder behind the real HTTP server on 127.0.0.1, a free port. */
export async function startWebTestApp(): Promise<WebTestApp> {
  const app = openTestApp();
  const staticDir = join(app.dataDir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  try {
    const started = await startWebServer({ dispatch: app.dispatch, staticDir, token: TEST_TOKEN, port: 0 });
    const server: Server = started.server;
    const base = started.url;
    const post = (method: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TEST_TOKEN}`, ...headers },
        body,
      });
    return {
      app,
      base,
      port: started.port,
      post,
      async callApi(method, input) {
        const response = await post(method, JSON.stringify(input) ?? '');
        return { status: response.status, body: (await response.json()) as ApiEnvelope };
      },
      rowCounts: () => STORE_TABLES.map((table) => countRows(app, table)),
      close: async () => {
        await new Promise((resolve) => server.close(resolve));
        app.close();
      },
    };
  } catch (error) {
    app.close();
    throw error;
  }
}
