import type { Store } from '../connection.js';
import type { ArticleLanguage, ProvenanceEntity, TextSpan } from '../../shared/domain/article.js';
import { ARTICLE_ENTITY, findArticle } from '../queries/articles.js';
import type { Article } from '../../shared/domain/article.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { indexDocument } from './search-index.js';

export interface NewArticle {
  title: string;
  sourceName: string;
  url: string;
  fileName: string;
  language: ArticleLanguage;
  publishedOn: string | null;
  body: string;
  contentHash: string;
  minhashes: readonly [number, number, number, number];
}

export function insertArticle(db: Store, change: ChangeContext, article: NewArticle): Article {
  const id = change.newId();
  db.prepare(
    `INSERT INTO articles (id, title, source_name, url, file_name, language, published_on, body, content_hash,
                           minhash_0, minhash_1, minhash_2, minhash_3, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    article.title,
    article.sourceName,
    article.url,
    article.fileName,
    article.language,
    article.publishedOn,
    article.body,
    article.contentHash,
    ...article.minhashes,
    change.now,
    change.now,
  );
  indexDocument(db, ARTICLE_ENTITY, id, [article.title, article.sourceName, article.body]);
  const created = findArticle(db, id)!;
  // The body is the article itself: the audit keeps what identifies it, not a second copy of the text.
  const { body: _body, ...identity } = created;
  recordAudit(db, change, { entity: ARTICLE_ENTITY, entityId: id, action: 'create', before: null, after: identity });
  return created;
}

/** Marks that a user went through the article's proposals. */
export function markArticleReviewed(db: Store, change: ChangeContext, articleId: string): void {
  db.prepare('UPDATE articles SET reviewed_at = ?, updated_at = ? WHERE id = ?').run(change.now, change.now, articleId);
}

export function insertProvenance(
  db: Store,
  change: ChangeContext,
  link: { articleId: string; entity: ProvenanceEntity; entityId: string; field: string; span: TextSpan },
): void {
  db.prepare(
    `INSERT INTO provenance (id, article_id, entity, entity_id, field, span_start, span_end, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.newId(),
    link.articleId,
    link.entity,
    link.entityId,
    link.field,
    link.span.start,
    link.span.end,
    change.now,
    change.now,
  );
}
