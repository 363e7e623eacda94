import type { Migration } from './runner.js';

/**
 * Attachments (photos, scans), gifts with their legal dates, agreements with parties and per-field rows, the user's own
 * cooperation fields, follow-ups with dated progress notes, and the user's adjustments to the
 * working-day calendar (compensation days off, swapped working Saturdays), and a trigram index for
 * searching inside words.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'gifts, agreements, follow-ups, calendar adjustments',
  up(db) {
    db.exec(`
      -- Files kept in the data folder's attachments/, named by their SHA-256 (the same file is kept once).
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE gifts (
        id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
        delegation_id TEXT REFERENCES delegations(id),
        date TEXT NOT NULL,
        giver_participant_id TEXT REFERENCES participants(id),
        giver_org_id TEXT REFERENCES organizations(id),
        recipient_participant_id TEXT REFERENCES participants(id),
        recipient_org_id TEXT REFERENCES organizations(id),
        item TEXT NOT NULL,
        item_key TEXT NOT NULL,
        category TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        estimated_value REAL CHECK (estimated_value IS NULL OR estimated_value >= 0),
        currency TEXT NOT NULL,
        valuation_basis TEXT NOT NULL DEFAULT '',
        circumstances TEXT NOT NULL DEFAULT '',
        reported_on TEXT,
        disposition TEXT,
        disposition_decision TEXT NOT NULL DEFAULT '',
        disposition_on TEXT,
        sold_on TEXT,
        proceeds_remitted_on TEXT,
        photo_attachment_id TEXT REFERENCES attachments(id),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX gifts_date ON gifts(date) WHERE deleted_at IS NULL;
      CREATE INDEX gifts_recipient_org ON gifts(recipient_org_id, item_key) WHERE deleted_at IS NULL;
      CREATE INDEX gifts_giver_org ON gifts(giver_org_id) WHERE deleted_at IS NULL;
      CREATE INDEX gifts_delegation ON gifts(delegation_id) WHERE deleted_at IS NULL;

      CREATE TABLE agreements (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('proposed', 'negotiating', 'signed', 'in_force', 'expired', 'terminated')),
        signed_on TEXT,
        place TEXT NOT NULL DEFAULT '',
        effective_from TEXT,
        expires_on TEXT,
        renewal_terms TEXT NOT NULL DEFAULT '',
        delegation_id TEXT REFERENCES delegations(id),
        scan_attachment_id TEXT REFERENCES attachments(id),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX agreements_expires ON agreements(expires_on) WHERE deleted_at IS NULL;

      CREATE TABLE agreement_parties (
        id TEXT PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreements(id),
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        signatory_participant_id TEXT REFERENCES participants(id),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX agreement_parties_agreement ON agreement_parties(agreement_id, position) WHERE deleted_at IS NULL;
      CREATE INDEX agreement_parties_organization ON agreement_parties(organization_id) WHERE deleted_at IS NULL;

      CREATE TABLE cooperation_fields (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE agreement_fields (
        id TEXT PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreements(id),
        field_key TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('not_started', 'active', 'dormant', 'done')),
        notes TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX agreement_fields_agreement ON agreement_fields(agreement_id, position) WHERE deleted_at IS NULL;

      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        source_kind TEXT CHECK (source_kind IS NULL OR source_kind IN ('delegation', 'agreement')),
        source_id TEXT,
        organization_id TEXT REFERENCES organizations(id),
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
        priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high')),
        done_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX follow_ups_due ON follow_ups(status, due) WHERE deleted_at IS NULL;
      CREATE INDEX follow_ups_source ON follow_ups(source_id) WHERE deleted_at IS NULL;

      CREATE TABLE follow_up_notes (
        id TEXT PRIMARY KEY,
        follow_up_id TEXT NOT NULL REFERENCES follow_ups(id),
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX follow_up_notes_follow_up ON follow_up_notes(follow_up_id, on_date) WHERE deleted_at IS NULL;

      -- The user's changes to the statutory calendar: 'day_off' (nghỉ bù) or 'working_day' (làm bù).
      CREATE TABLE calendar_adjustments (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('day_off', 'working_day')),
        name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX calendar_adjustments_date ON calendar_adjustments(date) WHERE deleted_at IS NULL;

      -- The same folded text cut in trigrams, so the one search box also finds words by a part of them
      -- ("yeonggi" finds Gyeonggi). Shares its rowids with search_index.
      CREATE VIRTUAL TABLE search_trigrams USING fts5(
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'trigram'
      );
    `);
  },
};
