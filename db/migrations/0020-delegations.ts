import type { Migration } from './runner.js';

/**
 * People (no titles: a title belongs to an appearance), relationships between organisations,
 * delegations with their participants (title and organisation *at that time*) and programme.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'people, relationships, delegations, participants, engagements',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        native_name TEXT NOT NULL DEFAULT '',
        romanization TEXT NOT NULL DEFAULT '',
        name_order TEXT NOT NULL DEFAULT 'family_first' CHECK (name_order IN ('family_first', 'given_first')),
        honorific TEXT NOT NULL DEFAULT '',
        form_of_address TEXT NOT NULL DEFAULT '',
        protocol_notes TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE relationships (
        id TEXT PRIMARY KEY,
        home_org_id TEXT NOT NULL REFERENCES organizations(id),
        partner_org_id TEXT NOT NULL REFERENCES organizations(id),
        level TEXT NOT NULL CHECK (level IN ('cooperation', 'friendship', 'sister')),
        established_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX relationships_home ON relationships(home_org_id) WHERE deleted_at IS NULL;
      CREATE INDEX relationships_partner ON relationships(partner_org_id) WHERE deleted_at IS NULL;

      CREATE TABLE delegations (
        id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        visiting_org_id TEXT NOT NULL REFERENCES organizations(id),
        host_org_id TEXT NOT NULL REFERENCES organizations(id),
        purpose TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        end_date TEXT,
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('planned', 'confirmed', 'completed', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX delegations_start ON delegations(start_date) WHERE deleted_at IS NULL;
      CREATE INDEX delegations_visiting ON delegations(visiting_org_id, start_date) WHERE deleted_at IS NULL;
      CREATE INDEX delegations_host ON delegations(host_org_id, start_date) WHERE deleted_at IS NULL;

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        side TEXT NOT NULL CHECK (side IN ('guest', 'host')),
        role TEXT NOT NULL CHECK (role IN ('head', 'member', 'host', 'interpreter')),
        title TEXT NOT NULL DEFAULT '',
        organization_id TEXT REFERENCES organizations(id),
        precedence INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX participants_delegation ON participants(delegation_id, precedence) WHERE deleted_at IS NULL;
      CREATE INDEX participants_person ON participants(person_id) WHERE deleted_at IS NULL;
      CREATE INDEX participants_organization ON participants(organization_id) WHERE deleted_at IS NULL;

      CREATE TABLE engagements (
        id TEXT PRIMARY KEY,
        delegation_id TEXT NOT NULL REFERENCES delegations(id),
        kind TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        -- who took part: ids of people among the delegation's participants (JSON array)
        person_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(person_ids) AND json_type(person_ids) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX engagements_delegation ON engagements(delegation_id, starts_at) WHERE deleted_at IS NULL;
    `);
  },
};
