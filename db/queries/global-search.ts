import type { Store } from '../connection.js';
import type { SearchHit } from '../../shared/domain/search.js';
import { fold, searchTokens } from '../../shared/text/fold.js';
import { matchExpression, trigramExpression, wordExpression } from './search.js';

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
 * Full-text matches are ranked (bm25) among the newest this many only. Ranking scores every match, and a
 * common word ("hue": the home province is in every visit, article and follow-up) matches hundreds of thousands
 * of documents in a store of twenty years — 0.4 s. Among equals the newest records are the ones wanted; names
 * of organisations and people are looked up by their first letters first, whatever their age.
 */
const RANKED_WINDOW = 1000;

interface Document {
  entity: string;
  entity_id: string;
}

/**
 * Up to `limit` documents matching `expression` in one of the two full-text tables, best (bm25) first among
 * the newest RANKED_WINDOW matches: walking the matches newest first stops after the window, and the score is
 * computed for those rows only. (FTS5's own "ORDER BY rank" scores every match even under a rowid condition:
 * 0.4 s for "hue".) Table names from this fixed list only.
 */
function rankedMatches(db: Store, table: 'search_index' | 'search_trigrams', expression: string, limit: number) {
  return db
    .prepare<[string, number, number], Document>(
      `SELECT sd.entity, sd.entity_id
         FROM (SELECT rowid, bm25(${table}) AS score FROM ${table} WHERE ${table} MATCH ?
                ORDER BY rowid DESC LIMIT ?) newest
         JOIN search_documents sd ON sd.rowid = newest.rowid
        ORDER BY newest.score, newest.rowid DESC LIMIT ?`,
    )
    .all(expression, RANKED_WINDOW, limit);
}

/**
 * Organisations and people whose folded name is the query or starts with it: a range of the name_key indexes
 * (organizations_name_key, people_name_key), so an exact or leading name is found however old the record.
 */
function namesStartingWith(db: Store, folded: string, limit: number): Document[] {
  if (!folded) return [];
  // Every folded name that starts with the query sorts between it and it followed by the highest code point.
  const range: [string, string, number] = [folded, `${folded}\u{10FFFF}`, limit];
  return [
    ...db
      .prepare<[string, string, number], Document>(
        `SELECT 'organization' AS entity, id AS entity_id FROM organizations
          WHERE name_key >= ? AND name_key < ? AND deleted_at IS NULL ORDER BY name_key LIMIT ?`,
      )
      .all(...range),
    ...db
      .prepare<[string, string, number], Document>(
        `SELECT 'person' AS entity, id AS entity_id FROM people
          WHERE name_key >= ? AND name_key < ? AND deleted_at IS NULL ORDER BY name_key LIMIT ?`,
      )
      .all(...range),
  ];
}

/**
 * Up to `limit` records of any kind: organisations and people whose name starts with the query; then records
 * holding every word of the query as a whole word; then, while there is room, records holding every word of
 * three or more letters anywhere, inside a word or at its start (trigram index); then, for a query with a word
 * of one or two letters, records with words starting with it. The service orders them by
 * their titles (exact, starts with, a word starts with, elsewhere).
 *
 * A word is matched whole before it is matched by its beginning because FTS5 gathers every posting of every
 * term that starts with a prefix before it returns the first match: "ho"* read most of the index (0.1 s and up
 * at ministry scale), while a whole word is read lazily. Beginnings of words of three letters or more are found
 * by the trigram stage; beginnings of names by the name indexes.
 */
export function searchEverything(db: Store, query: string, limit: number): SearchHit[] {
  const words = wordExpression(query);
  if (!words) return [];
  const documents: Document[] = [];
  const seen = new Set<string>();
  const add = (found: readonly Document[]) => {
    for (const document of found)
      if (documents.length < limit && !seen.has(document.entity_id)) {
        seen.add(document.entity_id);
        documents.push(document);
      }
  };
  add(namesStartingWith(db, fold(query).trim(), limit));
  if (documents.length < limit) add(rankedMatches(db, 'search_index', words, limit));
  const trigrams = trigramExpression(query);
  if (trigrams && documents.length < limit) add(rankedMatches(db, 'search_trigrams', trigrams, limit));
  // A word shorter than three letters has no trigrams: its beginnings come from a prefix match, last and only
  // while there is room ("서울" finds 서울특별시; "ho" has filled the page with whole words long before).
  const prefix = matchExpression(query);
  if (prefix && documents.length < limit && searchTokens(query).some((token) => [...token].length < 3))
    add(rankedMatches(db, 'search_index', prefix, limit));
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
