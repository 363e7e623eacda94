import { z } from 'zod';
import { optionalText, recordId, SEARCH_QUERY_MAX } from './fields.js';

export const ARTICLE_LANGUAGES = ['vi', 'en', 'id'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** Record kinds an article can be the source of (audit entity names). */
export const PROVENANCE_ENTITIES = ['delegation', 'person', 'organization', 'gift', 'agreement', 'follow_up'] as const;
export type ProvenanceEntity = (typeof PROVENANCE_ENTITIES)[number];

/** Characters [start, end) of an article's body (UTF-16 offsets, as JavaScript strings count them). */
export interface TextSpan {
  start: number;
  end: number;
}

/** An article as stored: plain text, never HTML. */
export interface Article {
  id: string;
  title: string;
  sourceName: string;
  url: string;
  fileName: string;
  language: ArticleLanguage;
  publishedOn: string | null;
  body: string;
  reviewedAt: string | null;
  createdAt: string;
}

export interface ArticleSummary extends Omit<Article, 'body'> {
  /** How many records were taken from it. */
  recordCount: number;
  /** The first characters of the body, for the list. */
  excerpt: string;
}

/** A link from a record (or one field of it) to the characters of the article it came from. */
export interface Provenance {
  articleId: string;
  articleTitle: string;
  articlePublishedOn: string | null;
  entity: ProvenanceEntity;
  entityId: string;
  field: string;
  span: TextSpan;
  /** The quoted characters themselves, so a record can show its source without loading the article. */
  quote: string;
}

export const ARTICLE_TEXT_MAX = 1_000_000;
export const ARTICLE_FILE_MAX_BYTES = 5 * 1024 * 1024;
/**
 * One import call carries at most this many articles and bytes (files as bytes, pasted text as characters): the
 * batch is one transaction, and 8 MB (11 MB as base64) stays well inside the HTTP transport's 36 MB a request,
 * so no file of an import needs the chunked upload area. The largest file (5 MB) fits alone.
 */
export const ARTICLE_BATCH_MAX_ITEMS = 25;
export const ARTICLE_BATCH_MAX_BYTES = 8 * 1024 * 1024;

export const articleListFilter = z.strictObject({
  query: optionalText(SEARCH_QUERY_MAX),
  limit: z
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(1, { error: 'invalid' })
    .max(500, { error: 'invalid' })
    .default(200),
});
export type ArticleListFilter = z.output<typeof articleListFilter>;

export const provenanceQuery = z.strictObject({
  entity: z.enum(PROVENANCE_ENTITIES, { error: 'invalid' }),
  id: recordId,
});
