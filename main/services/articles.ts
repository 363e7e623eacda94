import type { Store } from '../../db/connection.js';
import { findArticle, findArticleByHash, listArticles, nearDuplicateCandidates } from '../../db/queries/articles.js';
import { provenanceOfArticle, provenanceOfRecord } from '../../db/queries/articles.js';
import { insertArticle } from '../../db/mutations/articles.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import type { ArticleImportResult } from '../../shared/domain/article-review.js';
import { extractArticle } from '../extract/index.js';
import { acceptProposals } from '../import/accept.js';
import { articleTextFromFile, articleTextFromPaste } from '../import/article-text.js';
import { fingerprint, NEAR_DUPLICATE_SIMILARITY, similarityTo } from '../import/fingerprint.js';
import { proposalsFor } from '../import/proposals.js';
import { invalidField, mustExist } from './errors.js';
import type { Handlers } from './handler.js';

/** Direction is relative to our country: that of our own (home) organisations, Vietnam when none is marked. */
export function homeCountry(db: Store): string {
  return (
    db
      .prepare<[], { country: string }>(
        'SELECT country FROM organizations WHERE is_home = 1 AND deleted_at IS NULL ORDER BY created_at LIMIT 1',
      )
      .get()?.country ?? 'VN'
  );
}

export const articleHandlers = {
  /**
   * One article per call, so each is its own transaction and a batch of files shows progress: checked,
   * reduced to text, its language and date found, and stored once — the same text (or nearly) is not.
   */
  'articles.import': (ctx, input): ArticleImportResult => {
    const field = input.file ? 'file' : 'text';
    const body = input.file
      ? articleTextFromFile(input.file.name, Buffer.from(input.file.base64, 'base64'))
      : articleTextFromPaste(input.text ?? '');
    const found = extractArticle(body, { homeCountry: homeCountry(ctx.db) });
    if (found.language === null) throw invalidField(field, 'unsupported_language');
    const print = fingerprint(body);
    return ctx.write((change) => {
      const same = findArticleByHash(ctx.db, print.contentHash);
      if (same) return { status: 'duplicate', how: 'same', existing: same };
      const similarToBody = similarityTo(body);
      const near = nearDuplicateCandidates(ctx.db, print.minhashes).find(
        (candidate) => similarToBody(candidate.body) >= NEAR_DUPLICATE_SIMILARITY,
      );
      if (near) return { status: 'duplicate', how: 'near', existing: { id: near.id, title: near.title } };
      const { body: _stored, ...article } = insertArticle(ctx.db, change, {
        title: input.title || found.title || body.split('\n', 1)[0]!.slice(0, 300),
        sourceName: input.sourceName,
        url: input.url,
        fileName: input.file?.name ?? '',
        language: found.language!,
        publishedOn: found.published,
        body,
        contentHash: print.contentHash,
        minhashes: print.minhashes,
      });
      return { status: 'imported', article };
    });
  },

  'articles.list': (ctx, filter) => listArticles(ctx.db, filter),

  'articles.get': (ctx, { id }) => {
    const article = mustExist(findArticle(ctx.db, id), 'article', id);
    return {
      article,
      proposals: proposalsFor(ctx.db, article, homeCountry(ctx.db)),
      records: provenanceOfArticle(ctx.db, id),
    };
  },

  'articles.accept': (ctx, input) => acceptProposals(ctx, input),

  'articles.delete': (ctx, { id }) =>
    ctx.write((change) => {
      const article = mustExist(findArticle(ctx.db, id), 'article', id);
      // The audit keeps what identifies the article; its text stays in the soft-deleted row.
      softDelete(ctx.db, change, 'article', { id: article.id, title: article.title } as { id: string });
      return { id };
    }),

  'provenance.ofRecord': (ctx, { entity, id }) => provenanceOfRecord(ctx.db, entity, id),
} satisfies Partial<Handlers>;
