import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaVersion } from '../../db/migrations/runner.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { refuseExchange, sha256, unpackExchange } from '../exchange/container.js';
import { exportExchange } from '../exchange/export.js';
import { applyExchange, readIncomingRows } from '../exchange/import.js';
import { invalidField } from './errors.js';
import type { Handlers } from './handler.js';

function attachmentsDir(dataDir: string): string {
  const dir = join(dataDir, 'attachments');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const exchangeHandlers = {
  'exchange.export': (ctx, { organizationId }) => {
    if (organizationId && !findOrganization(ctx.db, organizationId)) throw invalidField('organizationId', 'not_found');
    const dir = attachmentsDir(ctx.info.dataDir);
    return exportExchange(ctx.db, {
      organizationId,
      appVersion: ctx.info.version,
      attachmentBytes: (hash) => readFileSync(join(dir, hash)),
    });
  },

  /**
   * Checks the whole file first (manifest, every checksum, every row's shape): a refused file changes
   * nothing. Attachment files are stored by hash before the records, and removed again if the records
   * cannot be written, so either all of the import happens or none of it.
   */
  'exchange.import': (ctx, { fileBase64 }) => {
    const { manifest, parts } = unpackExchange(Buffer.from(fileBase64, 'base64'), schemaVersion(ctx.db));
    const incoming = readIncomingRows(ctx.db, manifest, parts);
    const files = new Map<string, Buffer>();
    for (const [name, bytes] of parts) {
      if (!name.startsWith('attachments/')) continue;
      const hash = name.slice('attachments/'.length);
      if (!/^[0-9a-f]{64}$/.test(hash) || sha256(bytes) !== hash)
        throw refuseExchange(`attachment ${name} does not match its name`);
      files.set(hash, bytes);
    }
    for (const row of incoming.get('attachments') ?? []) {
      const hash = String(row.sha256);
      if (!files.has(hash) && !existsSync(join(attachmentsDir(ctx.info.dataDir), hash)))
        throw refuseExchange(`the file of attachment ${String(row.id)} is missing`);
    }
    const dir = attachmentsDir(ctx.info.dataDir);
    const written: string[] = [];
    for (const [hash, bytes] of files) {
      const target = join(dir, hash);
      if (existsSync(target)) continue;
      writeFileSync(`${target}.partial`, bytes);
      renameSync(`${target}.partial`, target);
      written.push(target);
    }
    try {
      return ctx.write((change) => applyExchange(ctx.db, change, incoming, manifest));
    } catch (error) {
      for (const file of written) rmSync(file, { force: true });
      throw error;
    }
  },
} satisfies Partial<Handlers>;
