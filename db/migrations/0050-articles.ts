import type { Migration } from './runner.js';

/**
 * News articles the records were taken from, and provenance: which article (and which characters of it) a
 * record or one of its fields came from. Near-duplicates are found through four min-hashes of the article's
 * word triples: two texts that share most triples very likely share one of them, so an index finds the few
 * candidates to compare without reading every article.
 */
export const migration0050: Migration = {
  version: 50,
  name: 'articles and provenance',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        source_name TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL CHECK (language IN ('vi', 'en', 'id')),
        published_on TEXT,
        body TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        minhash_0 INTEGER NOT NULL,
        minhash_1 INTEGER NOT NULL,
        minhash_2 INTEGER NOT NULL,
        minhash_3 INTEGER NOT NULL,
        reviewed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash) WHERE deleted_at IS NULL;
      CREATE INDEX articles_minhash_0 ON articles(minhash_0) WHERE deleted_at IS NULL;
      CREATE INDEX articles_minhash_1 ON articles(minhash_1) WHERE deleted_at IS NULL;
      CREATE INDEX articles_minhash_2 ON articles(minhash_2) WHERE deleted_at IS NULL;
      CREATE INDEX articles_minhash_3 ON articles(minhash_3) WHERE deleted_at IS NULL;
      CREATE INDEX articles_created ON articles(created_at) WHERE deleted_at IS NULL;

      -- field '' means the whole record; spans are UTF-16 offsets into articles.body.
      CREATE TABLE provenance (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end >= span_start),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX provenance_record ON provenance(entity, entity_id) WHERE deleted_at IS NULL;
      CREATE INDEX provenance_article ON provenance(article_id) WHERE deleted_at IS NULL;
    `);
  },
};
