-- index agreement_fields_agreement
CREATE INDEX agreement_fields_agreement ON agreement_fields(agreement_id, position) WHERE deleted_at IS NULL;
-- index agreement_parties_agreement
CREATE INDEX agreement_parties_agreement ON agreement_parties(agreement_id, position) WHERE deleted_at IS NULL;
-- index agreement_parties_organization
CREATE INDEX agreement_parties_organization ON agreement_parties(organization_id) WHERE deleted_at IS NULL;
-- index agreements_expires
CREATE INDEX agreements_expires ON agreements(expires_on) WHERE deleted_at IS NULL;
-- index agreements_round_years
CREATE INDEX agreements_round_years ON agreements( CAST(substr(signed_on, 1, 4) AS INTEGER) % 5, CASE length(signed_on) WHEN 4 THEN '12-31' WHEN 7 THEN substr(signed_on, 6, 2) || '-28' ELSE substr(signed_on, 6, 5) END, signed_on) WHERE deleted_at IS NULL AND signed_on IS NOT NULL AND status IN ('signed', 'in_force', 'expired');
-- index articles_content_hash
CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash) WHERE deleted_at IS NULL;
-- index articles_created
CREATE INDEX articles_created ON articles(created_at) WHERE deleted_at IS NULL;
-- index articles_minhash_0
CREATE INDEX articles_minhash_0 ON articles(minhash_0) WHERE deleted_at IS NULL;
-- index articles_minhash_1
CREATE INDEX articles_minhash_1 ON articles(minhash_1) WHERE deleted_at IS NULL;
-- index articles_minhash_2
CREATE INDEX articles_minhash_2 ON articles(minhash_2) WHERE deleted_at IS NULL;
-- index articles_minhash_3
CREATE INDEX articles_minhash_3 ON articles(minhash_3) WHERE deleted_at IS NULL;
-- index articles_newest
CREATE INDEX articles_newest ON articles(coalesce(published_on, substr(created_at, 1, 10)), created_at) WHERE deleted_at IS NULL;
-- index audit_log_entity
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, created_at);
-- index calendar_adjustments_date
CREATE UNIQUE INDEX calendar_adjustments_date ON calendar_adjustments(date) WHERE deleted_at IS NULL;
-- index delegations_host
CREATE INDEX delegations_host ON delegations(host_org_id, start_date) WHERE deleted_at IS NULL;
-- index delegations_start
CREATE INDEX delegations_start ON delegations(start_date) WHERE deleted_at IS NULL;
-- index delegations_visiting
CREATE INDEX delegations_visiting ON delegations(visiting_org_id, start_date) WHERE deleted_at IS NULL;
-- index engagements_by_day
CREATE INDEX engagements_by_day ON engagements(starts_at, delegation_id, kind, id) WHERE deleted_at IS NULL;
-- index engagements_delegation
CREATE INDEX engagements_delegation ON engagements(delegation_id, starts_at) WHERE deleted_at IS NULL;
-- index follow_up_notes_follow_up
CREATE INDEX follow_up_notes_follow_up ON follow_up_notes(follow_up_id, on_date) WHERE deleted_at IS NULL;
-- index follow_ups_due
CREATE INDEX follow_ups_due ON follow_ups(status, due) WHERE deleted_at IS NULL;
-- index follow_ups_open_placed
CREATE INDEX follow_ups_open_placed ON follow_ups( CASE length(due) WHEN 4 THEN due || '-12-31' WHEN 7 THEN date(due || '-01', '+1 month', '-1 day') ELSE substr(due, 1, 10) END, due, created_at) WHERE deleted_at IS NULL AND status IN ('open', 'in_progress') AND due IS NOT NULL;
-- index follow_ups_organization
CREATE INDEX follow_ups_organization ON follow_ups(organization_id) WHERE deleted_at IS NULL;
-- index follow_ups_placed
CREATE INDEX follow_ups_placed ON follow_ups( due IS NULL, CASE length(due) WHEN 4 THEN due || '-12-31' WHEN 7 THEN date(due || '-01', '+1 month', '-1 day') ELSE substr(due, 1, 10) END, due, created_at, id, status) WHERE deleted_at IS NULL;
-- index follow_ups_source
CREATE INDEX follow_ups_source ON follow_ups(source_id) WHERE deleted_at IS NULL;
-- index gifts_awaiting
CREATE INDEX gifts_awaiting ON gifts(date) WHERE deleted_at IS NULL AND direction = 'received' AND (reported_on IS NULL OR (sold_on IS NOT NULL AND proceeds_remitted_on IS NULL));
-- index gifts_date
CREATE INDEX gifts_date ON gifts(date) WHERE deleted_at IS NULL;
-- index gifts_delegation
CREATE INDEX gifts_delegation ON gifts(delegation_id) WHERE deleted_at IS NULL;
-- index gifts_giver_org
CREATE INDEX gifts_giver_org ON gifts(giver_org_id) WHERE deleted_at IS NULL;
-- index gifts_giver_participant
CREATE INDEX gifts_giver_participant ON gifts(giver_participant_id);
-- index gifts_recipient_org
CREATE INDEX gifts_recipient_org ON gifts(recipient_org_id, item_key) WHERE deleted_at IS NULL;
-- index gifts_recipient_participant
CREATE INDEX gifts_recipient_participant ON gifts(recipient_participant_id);
-- index organizations_name_key
CREATE INDEX organizations_name_key ON organizations(name_key, country) WHERE deleted_at IS NULL;
-- index organizations_parent
CREATE INDEX organizations_parent ON organizations(parent_id) WHERE deleted_at IS NULL;
-- index participants_delegation
CREATE INDEX participants_delegation ON participants(delegation_id, precedence) WHERE deleted_at IS NULL;
-- index participants_organization
CREATE INDEX participants_organization ON participants(organization_id) WHERE deleted_at IS NULL;
-- index participants_organization_any
CREATE INDEX participants_organization_any ON participants(organization_id);
-- index participants_person
CREATE INDEX participants_person ON participants(person_id) WHERE deleted_at IS NULL;
-- index people_name_key
CREATE INDEX people_name_key ON people(name_key) WHERE deleted_at IS NULL;
-- index provenance_article
CREATE INDEX provenance_article ON provenance(article_id) WHERE deleted_at IS NULL;
-- index provenance_record
CREATE INDEX provenance_record ON provenance(entity, entity_id) WHERE deleted_at IS NULL;
-- index relationships_home
CREATE INDEX relationships_home ON relationships(home_org_id) WHERE deleted_at IS NULL;
-- index relationships_partner
CREATE INDEX relationships_partner ON relationships(partner_org_id) WHERE deleted_at IS NULL;
-- table agreement_fields
CREATE TABLE agreement_fields ( id TEXT PRIMARY KEY, agreement_id TEXT NOT NULL REFERENCES agreements(id), field_key TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', status TEXT NOT NULL CHECK (status IN ('not_started', 'active', 'dormant', 'done')), notes TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table agreement_parties
CREATE TABLE agreement_parties ( id TEXT PRIMARY KEY, agreement_id TEXT NOT NULL REFERENCES agreements(id), organization_id TEXT NOT NULL REFERENCES organizations(id), signatory_participant_id TEXT REFERENCES participants(id), position INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table agreements
CREATE TABLE agreements ( id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('proposed', 'negotiating', 'signed', 'in_force', 'expired', 'terminated')), signed_on TEXT, place TEXT NOT NULL DEFAULT '', effective_from TEXT, expires_on TEXT, renewal_terms TEXT NOT NULL DEFAULT '', delegation_id TEXT REFERENCES delegations(id), scan_attachment_id TEXT REFERENCES attachments(id), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table articles
CREATE TABLE articles ( id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', source_name TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL DEFAULT '', language TEXT NOT NULL CHECK (language IN ('vi', 'en', 'id')), published_on TEXT, body TEXT NOT NULL, content_hash TEXT NOT NULL, minhash_0 INTEGER NOT NULL, minhash_1 INTEGER NOT NULL, minhash_2 INTEGER NOT NULL, minhash_3 INTEGER NOT NULL, reviewed_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table attachments
CREATE TABLE attachments ( id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, file_name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL CHECK (size >= 0), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table audit_log
CREATE TABLE audit_log ( id TEXT PRIMARY KEY, created_at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')), before TEXT CHECK (before IS NULL OR json_valid(before)), after TEXT CHECK (after IS NULL OR json_valid(after)) ) STRICT;
-- table calendar_adjustments
CREATE TABLE calendar_adjustments ( id TEXT PRIMARY KEY, date TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('day_off', 'working_day')), name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table cooperation_fields
CREATE TABLE cooperation_fields ( id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, label TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table delegation_span_keys
CREATE TABLE delegation_span_keys ( key INTEGER PRIMARY KEY, delegation_id TEXT NOT NULL UNIQUE REFERENCES delegations(id) ) STRICT;
-- table delegation_spans
CREATE VIRTUAL TABLE delegation_spans USING rtree(key, first_day, last_day);
-- table delegation_spans_node
CREATE TABLE "delegation_spans_node"(nodeno INTEGER PRIMARY KEY,data);
-- table delegation_spans_parent
CREATE TABLE "delegation_spans_parent"(nodeno INTEGER PRIMARY KEY,parentnode);
-- table delegation_spans_rowid
CREATE TABLE "delegation_spans_rowid"(rowid INTEGER PRIMARY KEY,nodeno);
-- table delegations
CREATE TABLE delegations ( id TEXT PRIMARY KEY, direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')), visiting_org_id TEXT NOT NULL REFERENCES organizations(id), host_org_id TEXT NOT NULL REFERENCES organizations(id), purpose TEXT NOT NULL DEFAULT '', start_date TEXT NOT NULL, end_date TEXT, place TEXT NOT NULL DEFAULT '', status TEXT NOT NULL CHECK (status IN ('planned', 'confirmed', 'completed', 'cancelled')), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT , talking_points TEXT NOT NULL DEFAULT '', topics_to_avoid TEXT NOT NULL DEFAULT '') STRICT;
-- table engagements
CREATE TABLE engagements ( id TEXT PRIMARY KEY, delegation_id TEXT NOT NULL REFERENCES delegations(id), kind TEXT NOT NULL, starts_at TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '', -- who took part: ids of people among the delegation's participants (JSON array) person_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(person_ids) AND json_type(person_ids) = 'array'), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table follow_up_notes
CREATE TABLE follow_up_notes ( id TEXT PRIMARY KEY, follow_up_id TEXT NOT NULL REFERENCES follow_ups(id), on_date TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table follow_ups
CREATE TABLE follow_ups ( id TEXT PRIMARY KEY, text TEXT NOT NULL, source_kind TEXT CHECK (source_kind IS NULL OR source_kind IN ('delegation', 'agreement')), source_id TEXT, organization_id TEXT REFERENCES organizations(id), owner TEXT NOT NULL DEFAULT '', due TEXT, status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')), priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high')), done_on TEXT, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table gifts
CREATE TABLE gifts ( id TEXT PRIMARY KEY, direction TEXT NOT NULL CHECK (direction IN ('given', 'received')), delegation_id TEXT REFERENCES delegations(id), date TEXT NOT NULL, giver_participant_id TEXT REFERENCES participants(id), giver_org_id TEXT REFERENCES organizations(id), recipient_participant_id TEXT REFERENCES participants(id), recipient_org_id TEXT REFERENCES organizations(id), item TEXT NOT NULL, item_key TEXT NOT NULL, category TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity >= 1), estimated_value REAL CHECK (estimated_value IS NULL OR estimated_value >= 0), currency TEXT NOT NULL, valuation_basis TEXT NOT NULL DEFAULT '', circumstances TEXT NOT NULL DEFAULT '', reported_on TEXT, disposition TEXT, disposition_decision TEXT NOT NULL DEFAULT '', disposition_on TEXT, sold_on TEXT, proceeds_remitted_on TEXT, photo_attachment_id TEXT REFERENCES attachments(id), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table organizations
CREATE TABLE organizations ( id TEXT PRIMARY KEY, name TEXT NOT NULL, -- folded name, for the duplicate check (same name and country) name_key TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases) AND json_type(aliases) = 'array'), country TEXT NOT NULL CHECK (length(country) = 2), kind TEXT NOT NULL, parent_id TEXT REFERENCES organizations(id), is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1)), notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table participants
CREATE TABLE participants ( id TEXT PRIMARY KEY, delegation_id TEXT NOT NULL REFERENCES delegations(id), person_id TEXT NOT NULL REFERENCES people(id), side TEXT NOT NULL CHECK (side IN ('guest', 'host')), role TEXT NOT NULL CHECK (role IN ('head', 'member', 'host', 'interpreter')), title TEXT NOT NULL DEFAULT '', organization_id TEXT REFERENCES organizations(id), precedence INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table people
CREATE TABLE people ( id TEXT PRIMARY KEY, full_name TEXT NOT NULL, name_key TEXT NOT NULL, native_name TEXT NOT NULL DEFAULT '', romanization TEXT NOT NULL DEFAULT '', name_order TEXT NOT NULL DEFAULT 'family_first' CHECK (name_order IN ('family_first', 'given_first')), honorific TEXT NOT NULL DEFAULT '', form_of_address TEXT NOT NULL DEFAULT '', protocol_notes TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
-- table provenance
CREATE TABLE provenance ( id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', span_start INTEGER NOT NULL CHECK (span_start >= 0), span_end INTEGER NOT NULL CHECK (span_end >= span_start), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;
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
-- table search_trigrams
CREATE VIRTUAL TABLE search_trigrams USING fts5( body, content = '', contentless_delete = 1, tokenize = 'trigram' );
-- table search_trigrams_config
CREATE TABLE 'search_trigrams_config'(k PRIMARY KEY, v) WITHOUT ROWID;
-- table search_trigrams_data
CREATE TABLE 'search_trigrams_data'(id INTEGER PRIMARY KEY, block BLOB);
-- table search_trigrams_docsize
CREATE TABLE 'search_trigrams_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);
-- table search_trigrams_idx
CREATE TABLE 'search_trigrams_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
-- trigger delegation_spans_delete
CREATE TRIGGER delegation_spans_delete AFTER DELETE ON delegations BEGIN DELETE FROM delegation_spans WHERE key = (SELECT key FROM delegation_span_keys WHERE delegation_id = old.id); DELETE FROM delegation_span_keys WHERE delegation_id = old.id; END;
-- trigger delegation_spans_insert
CREATE TRIGGER delegation_spans_insert AFTER INSERT ON delegations BEGIN INSERT INTO delegation_span_keys (delegation_id) VALUES (new.id); INSERT INTO delegation_spans VALUES (last_insert_rowid(), julianday(substr(new.start_date || '-01-01', 1, 10)), max(julianday(CASE length(new.start_date) WHEN 4 THEN new.start_date || '-12-31' WHEN 7 THEN date(new.start_date || '-01', '+1 month', '-1 day') ELSE new.start_date END), julianday(CASE length(coalesce(new.end_date, new.start_date)) WHEN 4 THEN coalesce(new.end_date, new.start_date) || '-12-31' WHEN 7 THEN date(coalesce(new.end_date, new.start_date) || '-01', '+1 month', '-1 day') ELSE coalesce(new.end_date, new.start_date) END))); END;
-- trigger delegation_spans_update
CREATE TRIGGER delegation_spans_update AFTER UPDATE OF start_date, end_date ON delegations BEGIN UPDATE delegation_spans SET first_day = julianday(substr(new.start_date || '-01-01', 1, 10)), last_day = max(julianday(CASE length(new.start_date) WHEN 4 THEN new.start_date || '-12-31' WHEN 7 THEN date(new.start_date || '-01', '+1 month', '-1 day') ELSE new.start_date END), julianday(CASE length(coalesce(new.end_date, new.start_date)) WHEN 4 THEN coalesce(new.end_date, new.start_date) || '-12-31' WHEN 7 THEN date(coalesce(new.end_date, new.start_date) || '-01', '+1 month', '-1 day') ELSE coalesce(new.end_date, new.start_date) END)) WHERE key = (SELECT key FROM delegation_span_keys WHERE delegation_id = new.id); END;