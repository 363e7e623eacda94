import type { Store } from '../connection.js';
import { compareVietnamese } from '../../shared/text/collate.js';
import { matchExpression } from './search.js';

/** A table of named records listed in the order of their names. */
interface NamedTable {
  table: 'people' | 'organizations';
  name: 'full_name' | 'name';
  /** The records' kind in the search index. */
  entity: string;
}

/**
 * Rows offset..offset+limit of a table's active records in Vietnamese order of their names (with a query, those
 * whose folded names match it), and how many match. SQLite has no Vietnamese collation, so the ids and names of
 * all that match are read and sorted here (100,000 people: a quarter of a second, the sort itself 16 ms), and only
 * the page's records are read whole (all of them were 33 MB of JSON).
 */
export function pageByName<Row extends { id: string }>(
  db: Store,
  { table, name, entity }: NamedTable,
  query: string,
  offset: number,
  limit: number,
): { rows: Row[]; total: number } {
  const match = matchExpression(query);
  const names = match
    ? db
        .prepare<[string, string], { id: string; name: string }>(
          `SELECT r.id, r.${name} AS name FROM search_index
             JOIN search_documents d ON d.rowid = search_index.rowid
             JOIN ${table} r ON r.id = d.entity_id
            WHERE search_index MATCH ? AND d.entity = ? AND r.deleted_at IS NULL`,
        )
        .all(match, entity)
    : db
        .prepare<[], { id: string; name: string }>(`SELECT id, ${name} AS name FROM ${table} WHERE deleted_at IS NULL`)
        .all();
  // The id settles equal names, so that pages never repeat or skip a record.
  names.sort((a, b) => compareVietnamese(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const ids = names.slice(offset, offset + limit).map((row) => row.id);
  const place = new Map(ids.map((id, index) => [id, index]));
  const rows = db
    .prepare<[string], Row>(`SELECT * FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids))
    .sort((a, b) => place.get(a.id)! - place.get(b.id)!);
  return { rows, total: names.length };
}
