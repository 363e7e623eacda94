import type { Store } from '../connection.js';
import type {
  Article,
  ArticleLanguage,
  ArticleSummary,
  Provenance,
  ProvenanceEntity,
} from '../../shared/domain/article.js';
import { matchExpression } from './search.js';

export const ARTICLE_ENTITY = 'article';
const EXCERPT_CHARS = 240;

interface ArticleRow {
  id: string;
  title: string;
  source_name: string;
  url: string;
  file_name: string;
  language: string;
  published_on: string | null;
  body: string;
  reviewed_at: string | null;
  created_at: string;
}

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    title: row.title,
    sourceName: row.source_name,
    url: row.url,
    fileName: row.file_name,
    // Guarded by a CHECK constraint.
    language: row.language as ArticleLanguage,
    publishedOn: row.published_on,
    body: row.body,
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
  };
}

export function findArticle(db: Store, id: string): Article | undefined {
  const row = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ? AND deleted_at IS NULL').get(id);
  return row && toArticle(row);
}

export function findArticleByHash(db: Store, contentHash: string): { id: string; title: string } | undefined {
  return db
    .prepare<[string], { id: string; title: string }>(
      'SELECT id, title FROM articles WHERE content_hash = ? AND deleted_at IS NULL',
    )
    .get(contentHash);
}

/** An article's text alone. */
export function articleBody(db: Store, id: string): string | undefined {
  return db.prepare<[string], { body: string }>('SELECT body FROM articles WHERE id = ?').get(id)?.body;
}

interface SummaryRow extends ArticleRow {
  record_count: number;
}

/**
 * Newest publication (or entry) date first, as articles_newest (migration 110) holds them: the ids of a page come
 * from that index, and only the page's articles are read (their excerpt, their records' count).
 */
const NEWEST_FIRST = 'coalesce(a.published_on, substr(a.created_at, 1, 10)) DESC, a.created_at DESC';

/** Newest first; with a query, the folded full-text match over title, source and body. */
export function listArticles(db: Store, filter: { query: string; limit: number }): ArticleSummary[] {
  const match = matchExpression(filter.query);
  const rows = db
    .prepare<unknown[], SummaryRow>(
      `SELECT a.id, a.title, a.source_name, a.url, a.file_name, a.language, a.published_on,
              substr(a.body, 1, ${EXCERPT_CHARS}) AS body, a.reviewed_at, a.created_at,
              (SELECT count(DISTINCT p.entity || p.entity_id) FROM provenance p
                WHERE p.article_id = a.id AND p.deleted_at IS NULL) AS record_count
         FROM articles a
        WHERE a.id IN (
          SELECT a.id FROM articles a
           WHERE a.deleted_at IS NULL
             ${
               match
                 ? `AND a.id IN (SELECT d.entity_id FROM search_documents d JOIN search_index ON search_index.rowid = d.rowid
                                       WHERE d.entity = '${ARTICLE_ENTITY}' AND search_index MATCH ?)`
                 : ''
             }
           ORDER BY ${NEWEST_FIRST} LIMIT ?)
        ORDER BY ${NEWEST_FIRST}`,
    )
    .all(...(match ? [match] : []), filter.limit);
  return rows.map((row) => {
    const { body, ...article } = toArticle(row);
    return { ...article, excerpt: body, recordCount: row.record_count };
  });
}

interface ProvenanceRow {
  article_id: string;
  title: string;
  published_on: string | null;
  entity: string;
  entity_id: string;
  field: string;
  span_start: number;
  span_end: number;
  quote: string;
}

const SELECT_PROVENANCE = `
  SELECT p.article_id, a.title, a.published_on, p.entity, p.entity_id, p.field, p.span_start, p.span_end,
         substr(a.body, p.span_start + 1, p.span_end - p.span_start) AS quote
    FROM provenance p JOIN articles a ON a.id = p.article_id AND a.deleted_at IS NULL
   WHERE p.deleted_at IS NULL`;

function toProvenance(row: ProvenanceRow): Provenance {
  return {
    articleId: row.article_id,
    articleTitle: row.title,
    articlePublishedOn: row.published_on,
    // Only PROVENANCE_ENTITIES are ever written.
    entity: row.entity as ProvenanceEntity,
    entityId: row.entity_id,
    field: row.field,
    span: { start: row.span_start, end: row.span_end },
    quote: row.quote,
  };
}

/** Where a record's facts came from, oldest article first. */
export function provenanceOfRecord(db: Store, entity: ProvenanceEntity, id: string): Provenance[] {
  return db
    .prepare<[string, string], ProvenanceRow>(
      `${SELECT_PROVENANCE} AND p.entity = ? AND p.entity_id = ? ORDER BY a.published_on, p.span_start`,
    )
    .all(entity, id)
    .map(toProvenance);
}

/** Every record taken from one article. */
export function provenanceOfArticle(db: Store, articleId: string): Provenance[] {
  return db
    .prepare<[string], ProvenanceRow>(`${SELECT_PROVENANCE} AND p.article_id = ? ORDER BY p.span_start`)
    .all(articleId)
    .map(toProvenance);
}

/**
 * Provenance of many records at once (a briefing sheet's). Ids are UUIDs, so the list of ids alone picks
 * the rows; the entity is checked too, since ids of different kinds are not promised to differ.
 */
export function provenanceOfRecords(
  db: Store,
  records: readonly { entity: ProvenanceEntity; id: string }[],
): Provenance[] {
  if (records.length === 0) return [];
  // (entity, id) pairs, so provenance_record (entity, entity_id) is used: the ids alone made SQLite read every
  // provenance row (50,000 at ministry scale; a third of the briefing sheet's time).
  return db
    .prepare<[string], ProvenanceRow>(
      `${SELECT_PROVENANCE}
         AND (p.entity, p.entity_id) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
       ORDER BY a.published_on, a.created_at`,
    )
    .all(JSON.stringify(records.map((record) => [record.entity, record.id])))
    .map(toProvenance);
}
