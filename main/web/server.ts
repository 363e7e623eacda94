import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../../shared/api/result.js';
import { CONTENT_SECURITY_POLICY } from '../security/csp.js';
import { STATUS_OF } from './http-status.js';
import { readStaticFile } from './static-files.js';

/** Room for one attachment (25 MB, base64-encoded) and its JSON around it. */
export const MAX_BODY_BYTES = 36 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface WebServerOptions {
  dispatch: (method: unknown, input: unknown) => Result<unknown> | Promise<Result<unknown>>;
  /** Folder of the built renderer. */
  staticDir: string;
  /** Random per run; every /api call must carry it as `Authorization: Bearer <token>`. */
  token: string;
  /** 0 picks a free port. */
  port: number;
}

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, envelope: Result<never>, status?: number): void {
  sendJson(res, status ?? (envelope.ok ? 200 : STATUS_OF[envelope.error.code]), envelope);
}

/** Only our own address is a valid Host: a page on another name (DNS rebinding) is refused. */
function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The body as text, or undefined when it is larger than MAX_BODY_BYTES. An oversized body is read to
 * its end and dropped (not kept in memory), so the client still receives the 413 answer.
 */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, options: WebServerOptions, method: string) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, fail('invalid_input', 'API calls must use POST.'), 405);
  }
  if (!tokenMatches(req.headers.authorization, options.token)) {
    return sendError(
      res,
      fail('unauthorized', 'Missing or wrong access token. Open the address printed by `npm start`.'),
    );
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(
      res,
      fail('invalid_input', 'The request body must be JSON (Content-Type: application/json).'),
      415,
    );
  }
  const text = await readBody(req);
  if (text === undefined) {
    return sendError(res, fail('invalid_input', `The request body is larger than ${MAX_BODY_BYTES} bytes.`), 413);
  }
  let input: unknown;
  try {
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return sendError(res, fail('invalid_input', 'The request body is not valid JSON.'));
  }
  const result = await options.dispatch(method, input);
  sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, path: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...COMMON_HEADERS, Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = await readStaticFile(staticDir, path);
  if (!file) {
    res.writeHead(404, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': file.type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Frame-Options': 'DENY',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/**
 * Browser mode: the built renderer and `POST /api/<method>` on 127.0.0.1 only.
 * The same dispatcher as the Electron IPC runs behind it.
 */
export function startWebServer(options: WebServerOptions): Promise<{ server: Server; port: number; url: string }> {
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (!hostAllowed(req.headers.host, port)) {
      return sendError(res, fail('unauthorized', 'Requests must be addressed to this machine (Host header).'), 403);
    }
    const path = new URL(req.url ?? '/', `http://${LOOPBACK}`).pathname;
    const handled = path.startsWith('/api/')
      ? handleApi(req, res, options, decodeURIComponentSafe(path.slice('/api/'.length)))
      : handleStatic(req, res, options.staticDir, path);
    handled.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendError(res, fail('internal', 'Something went wrong. The details are in the log.'));
      else res.end();
    });
  });
  // Node closes an idle kept-alive connection after 5 s; a client that sends its next call on it at that
  // moment gets a reset instead of an answer (seen when a busy renderer or test paused ~5 s between calls).
  // Only this machine connects, so idle connections may stay open much longer than any pause.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ server, port, url: `http://${LOOPBACK}:${port}/` });
    });
  });
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
