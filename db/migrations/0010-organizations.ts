import type { Migration } from './runner.js';

/** Organisations, the audit log and the search index shared by every record kind. */
export const migration0010: Migration = {
  version: 10,
  name: 'organizations, audit log, search index',
  up(db) {
    db.exec(`
      CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- folded name, for the duplicate check (same name and country)
        name_key TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'),
        country TEXT NOT NULL CHECK (length(country) = 2),
        kind TEXT NOT NULL,
        parent_id TEXT REFERENCES organizations(id),
        is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX organizations_name_key ON organizations(name_key, country) WHERE deleted_at IS NULL;
      CREATE INDEX organizations_parent ON organizations(parent_id) WHERE deleted_at IS NULL;

      -- Every change: when, by whom, what, before and after (JSON). Append-only.
      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, created_at);

      -- One search document per record; its rowid is the row of the full-text index.
      CREATE TABLE search_documents (
        rowid INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        UNIQUE (entity, entity_id)
      ) STRICT;
      -- Holds folded text only (DESIGN §5: remove_diacritics alone does not fold đ), so the
      -- tokenizer must not fold again; contentless, since the records hold the text.
      CREATE VIRTUAL TABLE search_index USING fts5(
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
  },
};
