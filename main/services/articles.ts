import type { Store } from '../../db/connection.js';
import { findArticle, listArticles } from '../../db/queries/articles.js';
import { provenanceOfArticle, provenanceOfRecord } from '../../db/queries/articles.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { acceptProposals } from '../import/accept.js';
import { importArticles } from '../import/import-articles.js';
import { proposalsFor } from '../import/proposals.js';
import { mustExist } from './errors.js';
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
  /** A batch of articles (files or a paste), stored in one transaction, each answered on its own line. */
  'articles.import': (ctx, input) => importArticles(ctx, input),

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
