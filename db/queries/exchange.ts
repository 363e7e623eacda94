import type { Store } from '../connection.js';
import { AGREEMENT_ENTITY } from './agreements.js';
import { ARTICLE_ENTITY } from './articles.js';
import { DELEGATION_ENTITY } from './delegations.js';
import { FOLLOW_UP_ENTITY } from './follow-ups.js';
import { GIFT_ENTITY } from './gifts.js';
import { ORGANIZATION_ENTITY } from './organizations.js';
import { PERSON_ENTITY } from './people.js';

/**
 * The tables an exchange file carries, parents before children so that an import can check each
 * reference against rows already written. Not carried: the audit log (each machine keeps its own
 * history) and the search index (rebuilt from the records). A test fails when a migration adds a
 * table that is missing here.
 */
export const EXCHANGE_TABLES = [
  'organizations',
  'people',
  'attachments',
  'relationships',
  'delegations',
  'participants',
  'engagements',
  'gifts',
  'cooperation_fields',
  'agreements',
  'agreement_parties',
  'agreement_fields',
  'follow_ups',
  'follow_up_notes',
  'calendar_adjustments',
  'articles',
  'provenance',
] as const;
export type ExchangeTable = (typeof EXCHANGE_TABLES)[number];

export function isExchangeTable(name: string): name is ExchangeTable {
  return (EXCHANGE_TABLES as readonly string[]).includes(name);
}

/** The audit log's name for a row of each table (the record kinds' own names where they have one). */
export const AUDIT_ENTITY: Record<ExchangeTable, string> = {
  organizations: ORGANIZATION_ENTITY,
  people: PERSON_ENTITY,
  attachments: 'attachment',
  relationships: 'relationship',
  delegations: DELEGATION_ENTITY,
  participants: 'participant',
  engagements: 'engagement',
  gifts: GIFT_ENTITY,
  cooperation_fields: 'cooperation_field',
  agreements: AGREEMENT_ENTITY,
  agreement_parties: 'agreement_party',
  agreement_fields: 'agreement_field',
  follow_ups: FOLLOW_UP_ENTITY,
  follow_up_notes: 'follow_up_note',
  calendar_adjustments: 'calendar_adjustment',
  articles: ARTICLE_ENTITY,
  provenance: 'provenance',
};

/** A row as stored: column → value. */
export type RawRow = Record<string, string | number | null>;

export interface ForeignKey {
  column: string;
  table: string;
}

/** Every row of a table, deleted ones too (a deletion travels), in id order so files are stable. */
export function allRows(db: Store, table: ExchangeTable): RawRow[] {
  return db.prepare<[], RawRow>(`SELECT * FROM ${table} ORDER BY id`).all();
}

export function findRawRow(db: Store, table: ExchangeTable, id: string): RawRow | undefined {
  return db.prepare<[string], RawRow>(`SELECT * FROM ${table} WHERE id = ?`).get(id);
}

/** The table's columns, from SQLite itself: the allow-list for column names read from a file. */
export function tableColumns(db: Store, table: ExchangeTable): string[] {
  return db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((row) => row.name);
}

/** The table's references to other tables' ids, from its schema. */
export function foreignKeys(db: Store, table: ExchangeTable): ForeignKey[] {
  return db
    .prepare<[], { from: string; table: string }>(`SELECT "from", "table" FROM pragma_foreign_key_list('${table}')`)
    .all()
    .map((row) => ({ column: row.from, table: row.table }));
}

export function rowExists(db: Store, table: string, id: string): boolean {
  if (!isExchangeTable(table)) return false;
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Tables of the store that hold records (not the audit log, not the search index or SQLite's own). */
export function recordTables(db: Store): string[] {
  return db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
          AND name NOT LIKE 'search_%' AND name <> 'audit_log'
          -- The R*Tree of visit days and its keys are kept by triggers from delegations: derived, not records.
          AND name NOT LIKE 'delegation_span%' ORDER BY name`,
    )
    .all()
    .map((row) => row.name);
}

/**
 * The `updated_at` of the copy of a record that the last exchange import wrote here: the version both
 * machines last shared, so an import can tell "only one side changed it" from "both did". Import entries
 * are the ones whose `after` is a stored row (snake_case `updated_at`); the app's own mutations audit the
 * domain object (`updatedAt`). Undefined when the record never came in through an exchange file.
 */
export function lastImportedVersion(db: Store, table: ExchangeTable, id: string): string | undefined {
  const row = db
    .prepare<[string, string], { updated_at: string | null }>(
      `SELECT json_extract(after, '$.updated_at') AS updated_at FROM audit_log
        WHERE entity = ? AND entity_id = ? AND json_extract(after, '$.updated_at') IS NOT NULL
        ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
    .get(AUDIT_ENTITY[table], id);
  return row?.updated_at ?? undefined;
}
