import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { MAX_BODY_BYTES, startWebServer } from '../../main/web/server.js';
import type { ExportFile } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import type { ExchangeSummary } from '../../shared/domain/exchange.js';
import { UPLOAD_CHUNK_BYTES } from '../../shared/domain/upload.js';
import { call, countRows, openTestApp } from '../helpers/temp-store.js';

const TOKEN = 'upload-token-0123456789';
let source: ReturnType<typeof openTestApp>;
let target: ReturnType<typeof openTestApp>;
let server: Server;
let base: string;

test.beforeEach(async () => {
  source = openTestApp();
  target = openTestApp();
  const staticDir = join(target.dataDir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Protocol Desk</title>');
  ({ server, url: base } = await startWebServer({ dispatch: target.dispatch, staticDir, token: TOKEN, port: 0 }));
});

test.afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  source.close();
  target.close();
});

async function post<T>(method: string, input: unknown): Promise<Result<T>> {
  const response = await fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Result<T>;
}
async function value<T>(method: string, input: unknown): Promise<T> {
  const result = await post<T>(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Two 20 MB scans that do not compress: an exchange file larger than one HTTP request may be. */
function exchangeFileWithScans(): Buffer {
  for (const name of ['mou-seoul.pdf', 'mou-gyeonggi.pdf']) {
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(20 * 1024 * 1024)]);
    call(source, 'attachments.add', { fileName: name, base64: scan.toString('base64') });
  }
  call(source, 'organizations.create', { name: 'Tỉnh Gyeonggi', country: 'KR', kind: 'province' });
  return Buffer.from(call<ExportFile>(source, 'exchange.export', { organizationId: null }).base64, 'base64');
}

test('an exchange file larger than one HTTP request arrives in pieces and imports whole', async () => {
  const file = exchangeFileWithScans();
  expect(file.length).toBeGreaterThan(MAX_BODY_BYTES);

  const { uploadId } = await value<{ uploadId: string }>('uploads.begin', { size: file.length });
  let pieces = 0;
  for (let offset = 0; offset < file.length; offset += UPLOAD_CHUNK_BYTES) {
    const piece = file.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64');
    const progress = await value<{ received: number }>('uploads.append', { uploadId, offset, base64: piece });
    expect(progress.received).toBe(Math.min(offset + UPLOAD_CHUNK_BYTES, file.length));
    pieces += 1;
  }
  console.log(`exchange file of ${(file.length / 1024 / 1024).toFixed(1)} MB sent in ${pieces} pieces`);
  const summary = await value<ExchangeSummary>('exchange.import', { uploadId });
  expect(summary.added).toBeGreaterThanOrEqual(3);
  expect(countRows(target, 'organizations')).toBe(1);
  const attachments = target.db.prepare('SELECT id FROM attachments').all() as { id: string }[];
  expect(attachments).toHaveLength(2);
  // An upload is taken once.
  expect(await post('exchange.import', { uploadId })).toMatchObject({
    ok: false,
    error: { fields: { uploadId: 'upload_unknown' } },
  });
});

test('a piece out of order, a file sent short or too long, is refused on its field and nothing is imported', async () => {
  const file = Buffer.from('Không phải tệp trao đổi, nhưng đủ dài để chia làm hai phần.');
  const half = Math.floor(file.length / 2);
  const { uploadId } = await value<{ uploadId: string }>('uploads.begin', { size: file.length });
  expect(
    await post('uploads.append', { uploadId, offset: half, base64: file.subarray(half).toString('base64') }),
  ).toMatchObject({
    ok: false,
    error: { fields: { offset: 'upload_out_of_order' } },
  });
  await value('uploads.append', { uploadId, offset: 0, base64: file.subarray(0, half).toString('base64') });
  expect(await post('exchange.import', { uploadId })).toMatchObject({
    ok: false,
    error: { fields: { uploadId: 'upload_incomplete' } },
  });
  expect(
    await post('uploads.append', {
      uploadId,
      offset: half,
      base64: Buffer.concat([file.subarray(half), file]).toString('base64'),
    }),
  ).toMatchObject({ ok: false, error: { fields: { base64: 'upload_too_large' } } });
  await value('uploads.append', { uploadId, offset: half, base64: file.subarray(half).toString('base64') });
  // Whole now, but not an exchange file: refused with nothing written.
  expect(await post('exchange.import', { uploadId })).toMatchObject({
    ok: false,
    error: { fields: { uploadId: 'exchange_refused' } },
  });
  expect(countRows(target, 'organizations')).toBe(0);
  expect(countRows(target, 'audit_log')).toBe(0);
});
