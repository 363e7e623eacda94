import type { Store } from '../../db/connection.js';
import type { ChangeContext } from '../../db/mutations/audit.js';
import { dependentsOf, reindexRecord, searchRecordOf, writeRawRow } from '../../db/mutations/exchange.js';
import {
  EXCHANGE_TABLES,
  findRawRow,
  foreignKeys,
  lastImportedVersion,
  rowExists,
  tableColumns,
  type ExchangeTable,
  type RawRow,
} from '../../db/queries/exchange.js';
import { DomainError } from '../../shared/api/result.js';
import type { ExchangeConflict, ExchangeSummary } from '../../shared/domain/exchange.js';
import { refuseExchange, type ExchangeManifest } from './container.js';

/** A checked file's rows, per table, in the order they are written. */
export type IncomingRows = Map<ExchangeTable, RawRow[]>;

const LABEL_COLUMNS = ['name', 'full_name', 'title', 'item', 'text', 'label', 'file_name', 'date', 'kind'];

function labelOf(row: RawRow): string {
  for (const column of LABEL_COLUMNS) {
    const value = row[column];
    if (typeof value === 'string' && value) return value.length > 120 ? `${value.slice(0, 117)}…` : value;
  }
  return String(row.id);
}

/**
 * Reads every table part and checks each row's shape against this store's schema: known tables and
 * columns only (identifiers are never taken from the file unchecked), an id and timestamps, plain
 * values. Counts must agree with the manifest. Anything else refuses the whole file.
 */
export function readIncomingRows(db: Store, manifest: ExchangeManifest, parts: Map<string, Buffer>): IncomingRows {
  const incoming: IncomingRows = new Map();
  for (const name of parts.keys()) {
    if (!name.startsWith('tables/') && !name.startsWith('attachments/')) throw refuseExchange(`unknown part ${name}`);
    if (name.startsWith('tables/') && !(EXCHANGE_TABLES as readonly string[]).includes(name.slice(7, -5)))
      throw refuseExchange(`unknown table ${name}`);
  }
  for (const table of EXCHANGE_TABLES) {
    const bytes = parts.get(`tables/${table}.json`);
    if (!bytes) {
      // A file from an older schema may lack a newer table.
      incoming.set(table, []);
      continue;
    }
    let rows: unknown;
    try {
      rows = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw refuseExchange(`table ${table} is not valid JSON`);
    }
    if (!Array.isArray(rows)) throw refuseExchange(`table ${table} is not a list of records`);
    const columns = new Set(tableColumns(db, table));
    for (const [index, row] of rows.entries()) {
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw refuseExchange(`record ${index} of ${table} is not a record`);
      for (const [column, value] of Object.entries(row as Record<string, unknown>)) {
        if (!columns.has(column)) throw refuseExchange(`${table} has no column ${column}`);
        if (value !== null && typeof value !== 'string' && typeof value !== 'number')
          throw refuseExchange(`${table}.${column} of record ${index} is not a plain value`);
      }
      const record = row as RawRow;
      for (const column of ['id', 'created_at', 'updated_at'])
        if (typeof record[column] !== 'string' || !record[column])
          throw refuseExchange(`record ${index} of ${table} has no ${column}`);
    }
    if (manifest.counts[table] !== rows.length)
      throw refuseExchange(
        `table ${table} holds ${rows.length} records, the manifest says ${String(manifest.counts[table])}`,
      );
    incoming.set(
      table,
      orderParentsFirst(
        rows as RawRow[],
        foreignKeys(db, table).filter((key) => key.table === table),
      ),
    );
  }
  return incoming;
}

/** Rows of a table that points at itself (an organisation's parent), parents first. */
function orderParentsFirst(rows: RawRow[], selfKeys: { column: string }[]): RawRow[] {
  if (selfKeys.length === 0) return rows;
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  const ordered: RawRow[] = [];
  const placed = new Set<string>();
  const place = (row: RawRow, depth: number) => {
    const id = String(row.id);
    if (placed.has(id) || depth > rows.length) return;
    for (const key of selfKeys) {
      const parent = byId.get(String(row[key.column]));
      if (parent) place(parent, depth + 1);
    }
    placed.add(id);
    ordered.push(row);
  };
  for (const row of rows) place(row, 0);
  return ordered;
}

function sameRow(local: RawRow, incoming: RawRow): string[] {
  return Object.keys(incoming).filter((column) => local[column] !== incoming[column]);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Applies a checked file inside the caller's transaction. A record not here is added; an identical one
 * is left alone; one here is replaced only when the incoming copy is newer and this machine has not
 * changed it since the version it last imported; an older copy of a version already imported here is
 * ignored. Every other case (both sides changed it, this machine's copy is newer with no shared version
 * known, the same time but different content, a reference to a record that is nowhere, a unique value
 * already taken) keeps the record here as it is and lists it, so nothing is lost on either side. Each written
 * row gets an audit entry, and the records touched are indexed again for search.
 */
export function applyExchange(
  db: Store,
  change: ChangeContext,
  incoming: IncomingRows,
  manifest: ExchangeManifest,
): ExchangeSummary {
  const summary: ExchangeSummary = {
    added: 0,
    updated: 0,
    unchanged: 0,
    ignored: 0,
    conflicts: [],
    counts: manifest.counts,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
  };
  const touched = new Map<string, { entity: string; id: string }>();
  const conflict = (
    table: ExchangeTable,
    row: RawRow,
    local: RawRow | undefined,
    rest: Pick<ExchangeConflict, 'reason' | 'fields'>,
  ) =>
    summary.conflicts.push({
      table,
      id: String(row.id),
      label: labelOf(row),
      localUpdatedAt: local ? String(local.updated_at) : null,
      incomingUpdatedAt: String(row.updated_at),
      ...rest,
    });
  for (const table of EXCHANGE_TABLES) {
    const references = foreignKeys(db, table);
    for (const row of incoming.get(table) ?? []) {
      const id = String(row.id);
      const local = findRawRow(db, table, id);
      if (local) {
        const differing = sameRow(local, row);
        if (differing.length === 0) {
          summary.unchanged += 1;
          continue;
        }
        const incomingAt = String(row.updated_at);
        const localAt = String(local.updated_at);
        const shared = lastImportedVersion(db, table, id);
        const localChanged = shared !== undefined && localAt > shared;
        const incomingChanged = shared !== undefined && incomingAt > shared;
        if (localChanged && incomingChanged) {
          conflict(table, row, local, { reason: 'both_changed', fields: differing });
          continue;
        }
        if (incomingAt < localAt) {
          if (shared !== undefined && !incomingChanged) summary.ignored += 1;
          else conflict(table, row, local, { reason: 'local_newer', fields: differing });
          continue;
        }
        if (incomingAt === localAt) {
          conflict(table, row, local, { reason: 'same_time', fields: differing });
          continue;
        }
      }
      const missing = references.filter(
        (reference) =>
          typeof row[reference.column] === 'string' && !rowExists(db, reference.table, String(row[reference.column])),
      );
      if (missing.length > 0) {
        conflict(table, row, local, {
          reason: 'missing_reference',
          fields: missing.map((reference) => reference.column),
        });
        continue;
      }
      try {
        // A savepoint of its own, so a unique value already taken here skips this row only.
        db.transaction(() => writeRawRow(db, change, table, row, local))();
      } catch (error) {
        if (isUniqueViolation(error)) {
          conflict(table, row, local, { reason: 'duplicate', fields: [] });
          continue;
        }
        throw new DomainError(
          'invalid_input',
          `uploadId: this exchange file cannot be imported: record ${id} of ${table} is not valid here (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
          { uploadId: 'exchange_refused' },
        );
      }
      if (local) summary.updated += 1;
      else summary.added += 1;
      for (const record of [searchRecordOf(table, row), local && searchRecordOf(table, local)]) {
        if (record) touched.set(`${record.entity}:${record.id}`, record);
      }
    }
  }
  for (const record of [...touched.values()]) {
    for (const dependent of dependentsOf(db, record.entity, record.id))
      touched.set(`${dependent.entity}:${dependent.id}`, dependent);
  }
  for (const record of touched.values()) reindexRecord(db, record.entity, record.id);
  return summary;
}
