import type { Store } from '../connection.js';
import { findOrganization, ORGANIZATION_ENTITY } from '../queries/organizations.js';
import type { Organization, OrganizationFields } from '../../shared/domain/organization.js';
import { fold } from '../../shared/text/fold.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { indexDocument } from './search-index.js';
import { countryNames } from '../../shared/domain/country-names.js';

/** What search finds an organisation by: its names and its country in both UI languages. */
export function searchTexts(fields: OrganizationFields): string[] {
  return [fields.name, ...fields.aliases, fields.country, ...countryNames(fields.country)];
}

function columns(fields: OrganizationFields) {
  return {
    name: fields.name,
    name_key: fold(fields.name),
    aliases: JSON.stringify(fields.aliases),
    country: fields.country,
    kind: fields.kind,
    parent_id: fields.parentId,
    is_home: fields.isHome ? 1 : 0,
    notes: fields.notes,
  };
}

/** Inserts an organisation with its audit entry and search text. Run inside a transaction. */
export function insertOrganization(db: Store, change: ChangeContext, fields: OrganizationFields): Organization {
  const id = change.newId();
  db.prepare(
    `INSERT INTO organizations (id, name, name_key, aliases, country, kind, parent_id, is_home, notes, created_at, updated_at)
     VALUES (@id, @name, @name_key, @aliases, @country, @kind, @parent_id, @is_home, @notes, @now, @now)`,
  ).run({ id, now: change.now, ...columns(fields) });
  const created = findOrganization(db, id)!;
  indexDocument(db, ORGANIZATION_ENTITY, id, searchTexts(fields));
  recordAudit(db, change, {
    entity: ORGANIZATION_ENTITY,
    entityId: id,
    action: 'create',
    before: null,
    after: created,
  });
  return created;
}

/** Replaces an organisation's fields. Run inside a transaction; the caller checked it exists. */
export function updateOrganization(
  db: Store,
  change: ChangeContext,
  before: Organization,
  fields: OrganizationFields,
): Organization {
  db.prepare(
    `UPDATE organizations
        SET name = @name, name_key = @name_key, aliases = @aliases, country = @country, kind = @kind,
            parent_id = @parent_id, is_home = @is_home, notes = @notes, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id: before.id, now: change.now, ...columns(fields) });
  const after = findOrganization(db, before.id)!;
  indexDocument(db, ORGANIZATION_ENTITY, before.id, searchTexts(fields));
  recordAudit(db, change, { entity: ORGANIZATION_ENTITY, entityId: before.id, action: 'update', before, after });
  return after;
}
