import { format } from 'date-fns';
import type { Store } from '../../db/connection.js';
import { schemaVersion } from '../../db/migrations/runner.js';
import { findOrganization } from '../../db/queries/organizations.js';
import {
  allRows,
  EXCHANGE_TABLES,
  foreignKeys,
  type ExchangeTable,
  type ForeignKey,
} from '../../db/queries/exchange.js';
import type { ExportFile } from '../../shared/api/contract.js';
import { fold } from '../../shared/text/fold.js';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, packExchange } from './container.js';
import { scopeToOrganization, type TableRows } from './scope.js';

export const EXCHANGE_MIME_TYPE = 'application/gzip';

function everyTable<T>(make: (table: ExchangeTable) => T): Record<ExchangeTable, T> {
  return Object.fromEntries(EXCHANGE_TABLES.map((table) => [table, make(table)])) as Record<ExchangeTable, T>;
}

/** A file name a user recognises: the organisation (folded to plain letters) and the day. */
function fileName(organizationName: string | null, createdAt: Date): string {
  const scope = organizationName
    ? fold(organizationName)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60)
    : 'tat-ca';
  return `trao-doi-${scope}-${format(createdAt, 'yyyy-MM-dd')}.pdx.json.gz`;
}

/**
 * Every record (or one organisation's, with what its records point at) with the attachment files they
 * use, in one checked file. Deleted records travel too, so a deletion reaches the other machine.
 * `attachmentBytes` reads a stored file by its SHA-256.
 */
export function exportExchange(
  db: Store,
  options: { organizationId: string | null; appVersion: string; attachmentBytes: (sha256: string) => Buffer },
): ExportFile {
  const all: TableRows = everyTable((table) => allRows(db, table));
  let organizationName: string | null = null;
  let rows = all;
  if (options.organizationId) {
    organizationName = findOrganization(db, options.organizationId)?.name ?? null;
    const references: Record<ExchangeTable, ForeignKey[]> = everyTable((table) => foreignKeys(db, table));
    rows = scopeToOrganization(all, options.organizationId, references);
  }
  const parts = new Map<string, Buffer>();
  for (const table of EXCHANGE_TABLES) parts.set(`tables/${table}.json`, Buffer.from(JSON.stringify(rows[table])));
  for (const attachment of rows.attachments) {
    const hash = String(attachment.sha256);
    if (!parts.has(`attachments/${hash}`)) parts.set(`attachments/${hash}`, options.attachmentBytes(hash));
  }
  const createdAt = new Date();
  const file = packExchange(
    {
      format: EXCHANGE_FORMAT,
      formatVersion: EXCHANGE_FORMAT_VERSION,
      appVersion: options.appVersion,
      schemaVersion: schemaVersion(db),
      createdAt: createdAt.toISOString(),
      organizationId: options.organizationId,
      counts: everyTable((table) => rows[table].length),
    },
    parts,
  );
  return {
    fileName: fileName(organizationName, createdAt),
    mimeType: EXCHANGE_MIME_TYPE,
    base64: file.toString('base64'),
  };
}
