import type { Store } from '../connection.js';
import type { SearchHit } from '../../shared/domain/search.js';
import { matchExpression, trigramExpression } from './search.js';

export type { SearchHit };

/** Each kind's title and subtitle, from its own table (identifiers from this fixed list only). */
const TITLE_SQL: Record<string, string> = {
  organization: `SELECT id, name AS title, country AS subtitle FROM organizations WHERE id = ? AND deleted_at IS NULL`,
  person: `SELECT id, full_name AS title, native_name AS subtitle FROM people WHERE id = ? AND deleted_at IS NULL`,
  delegation: `SELECT d.id, v.name || ' → ' || h.name AS title, d.start_date AS subtitle FROM delegations d
                 JOIN organizations v ON v.id = d.visiting_org_id JOIN organizations h ON h.id = d.host_org_id
                WHERE d.id = ? AND d.deleted_at IS NULL`,
  gift: `SELECT id, item AS title, date AS subtitle FROM gifts WHERE id = ? AND deleted_at IS NULL`,
  agreement: `SELECT id, title, coalesce(signed_on, '') AS subtitle FROM agreements WHERE id = ? AND deleted_at IS NULL`,
  follow_up: `SELECT id, text AS title, coalesce(due, '') AS subtitle FROM follow_ups WHERE id = ? AND deleted_at IS NULL`,
  article: `SELECT id, title, coalesce(published_on, '') AS subtitle FROM articles WHERE id = ? AND deleted_at IS NULL`,
};

/**
 * Up to `limit` records of any kind: first those whose folded words start with every word of the
 * query, then those that merely contain them (trigram index).
 */
export function searchEverything(db: Store, query: string, limit: number): SearchHit[] {
  const prefix = matchExpression(query);
  if (!prefix) return [];
  const documents = db
    .prepare<[string, number], { entity: string; entity_id: string }>(
      `SELECT sd.entity, sd.entity_id FROM search_index JOIN search_documents sd ON sd.rowid = search_index.rowid
        WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(prefix, limit);
  const trigrams = trigramExpression(query);
  if (trigrams && documents.length < limit) {
    const seen = new Set(documents.map((document) => document.entity_id));
    const inside = db
      .prepare<[string, number], { entity: string; entity_id: string }>(
        `SELECT sd.entity, sd.entity_id FROM search_trigrams JOIN search_documents sd ON sd.rowid = search_trigrams.rowid
          WHERE search_trigrams MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(trigrams, limit);
    for (const document of inside)
      if (!seen.has(document.entity_id) && documents.length < limit) documents.push(document);
  }
  const hits: SearchHit[] = [];
  for (const document of documents) {
    const sql = TITLE_SQL[document.entity];
    const row = sql
      ? db.prepare<[string], { id: string; title: string; subtitle: string }>(sql).get(document.entity_id)
      : undefined;
    if (row) hits.push({ entity: document.entity, ...row });
  }
  return hits;
}
