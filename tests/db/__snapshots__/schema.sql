-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, created_at);
-- index delegations_host
CREATE INDEX delegations_host ON delegations(host_org_id, start_date) WHERE deleted_at IS NULL;
-- index delegations_start
CREATE INDEX delegations_start ON delegations(start_date) WHERE deleted_at IS NULL;
-- index delegations_visiting
CREATE INDEX delegations_visiting ON delegations(visiting_org_id, start_date) WHERE deleted_at IS NULL;
-- index engagements_delegation
CREATE INDEX engagements_delegation ON engagements(delegation_id, starts_at) WHERE deleted_at IS NULL;
-- index organizations_name_key
CREATE INDEX organizations_name_key ON organizations(name_key, country) WHERE deleted_at IS NULL;
-- index organizations_parent
CREATE INDEX organizations_parent ON organizations(parent_id) WHERE deleted_at IS NULL;
-- index participants_delegation
CREATE INDEX participants_delegation ON participants(delegation_id, precedence) WHERE deleted_at IS NULL;
-- index participants_organization
CREATE INDEX participants_organization ON participants(organization_id) WHERE deleted_at IS NULL;
-- index participants_person
CREATE INDEX participants_person ON participants(person_id) WHERE deleted_at IS NULL;
-- index relationships_home
CREATE INDEX relationships_home ON relationships(home_org_id) WHERE deleted_at IS NULL;
-- index relationships_partner
CREATE INDEX relationships_partner ON relationships(partner_org_id) WHERE deleted_at IS NULL;
-- table audit_log
CREATE TABLE audit_log ( id TEXT PRIMARY KEY, created_at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')), before TEXT CHECK (before IS NULL OR json_valid(before)), after TEXT CHECK (after IS NULL OR json_valid(after)) ) STRICT;
-- table delegations
CREATE TABLE delegations ( id TEXT PRIMARY KEY, direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')), visiting_org_id TEXT NOT NULL REFERENCES organizations(id), host_org_id TEXT NOT NULL REFERENCES organizations(id), purpose TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL, end_date TEXT, place TEXT NOT NULL DEFAULT '', status TEXT NOT NULL CHECK (status IN ('planned', 'confirmed', 'completed', 'cancelled')), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table engagements
CREATE TABLE engagements ( id TEXT PRIMARY KEY, delegation_id TEXT NOT NULL REFERENCES delegations(id), kind TEXT NOT NULL, starts_at TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', -- who took part: ids of people among the delegation's participants (JSON array) person_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(person_ids) AND json_type(person_ids) = 'array'), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table organizations
CREATE TABLE organizations ( id TEXT PRIMARY KEY, name TEXT NOT NULL, -- folded name, for the duplicate check (same name and country) name_key TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'), country TEXT NOT NULL CHECK (length(country) = 2), kind TEXT NOT NULL, parent_id TEXT REFERENCES organizations(id), is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1)), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table participants
CREATE TABLE participants ( id TEXT PRIMARY KEY, delegation_id TEXT NOT NULL REFERENCES delegations(id), person_id TEXT NOT NULL REFERENCES people(id), side TEXT NOT NULL CHECK (side IN ('guest', 'host')), role TEXT NOT NULL CHECK (role IN ('head', 'member', 'host', 'interpreter')), title TEXT NOT NULL DEFAULT '', organization_id TEXT REFERENCES organizations(id), precedence INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table people
CREATE TABLE people ( id TEXT PRIMARY KEY, full_name TEXT NOT NULL, name_key TEXT NOT NULL, native_name TEXT NOT NULL DEFAULT '', romanization TEXT NOT NULL DEFAULT '', name_order TEXT NOT NULL DEFAULT 'family_first' CHECK (name_order IN ('family_first', 'given_first')), honorific TEXT NOT NULL DEFAULT '', form_of_address TEXT NOT NULL DEFAULT '', protocol_notes TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table relationships
CREATE TABLE relationships ( id TEXT PRIMARY KEY, home_org_id TEXT NOT NULL REFERENCES organizations(id), partner_org_id TEXT NOT NULL REFERENCES organizations(id), level TEXT NOT NULL CHECK (level IN ('cooperation', 'friendship', 'sister')), established_on TEXT, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table search_documents
CREATE TABLE search_documents ( rowid INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, UNIQUE (entity, entity_id) ) STRICT;
-- table search_index
CREATE VIRTUAL TABLE search_index USING fts5( body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0' );
-- table search_index_config
CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table search_index_data
CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table search_index_docsize
CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);
-- table search_index_idx
CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;