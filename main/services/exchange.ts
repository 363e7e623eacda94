import { schemaVersion } from '../../db/migrations/runner.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { refuseExchange, sha256, unpackExchange } from '../exchange/container.js';
import { exportExchange } from '../exchange/export.js';
import { applyExchange, readIncomingRows } from '../exchange/import.js';
import { attachmentFiles } from '../attachments/file-store.js';
import { invalidField } from './errors.js';
import type { Handlers } from './handler.js';

export const exchangeHandlers = {
  'exchange.export': (ctx, { organizationId }) => {
    if (organizationId && !findOrganization(ctx.db, organizationId)) throw invalidField('organizationId', 'not_found');
    const files = attachmentFiles(ctx.info.dataDir, ctx.store.options.key);
    return exportExchange(ctx.db, {
      organizationId,
      appVersion: ctx.info.version,
      attachmentBytes: (hash) => files.read(hash),
    });
  },

  /**
   * Checks the whole file first (manifest, every checksum, every row's shape): a refused file changes
   * nothing. Attachment files are stored by hash before the records, and removed again if the records
   * cannot be written, so either all of the import happens or none of it.
   */
  'exchange.import': (ctx, { uploadId }) => {
    const { manifest, parts } = unpackExchange(ctx.uploads.take(uploadId), schemaVersion(ctx.db));
    const incoming = readIncomingRows(ctx.db, manifest, parts);
    const files = new Map<string, Buffer>();
    for (const [name, bytes] of parts) {
      if (!name.startsWith('attachments/')) continue;
      const hash = name.slice('attachments/'.length);
      if (!/^[0-9a-f]{64}$/.test(hash) || sha256(bytes) !== hash)
        throw refuseExchange(`attachment ${name} does not match its name`);
      files.set(hash, bytes);
    }
    const stored = attachmentFiles(ctx.info.dataDir, ctx.store.options.key);
    for (const row of incoming.get('attachments') ?? []) {
      const hash = String(row.sha256);
      if (!files.has(hash) && !stored.has(hash))
        throw refuseExchange(`the file of attachment ${String(row.id)} is missing`);
    }
    const written = [...files].filter(([hash, bytes]) => stored.write(hash, bytes)).map(([hash]) => hash);
    try {
      return ctx.write((change) => applyExchange(ctx.db, change, incoming, manifest));
    } catch (error) {
      for (const hash of written) stored.remove(hash);
      throw error;
    }
  },
} satisfies Partial<Handlers>;
