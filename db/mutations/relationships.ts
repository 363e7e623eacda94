import type { Store } from '../connection.js';
import { findRelationship, RELATIONSHIP_ENTITY } from '../queries/relationships.js';
import type { Relationship, RelationshipFields } from '../../shared/domain/relationship.js';
import { recordAudit, type ChangeContext } from './audit.js';

function columns(fields: RelationshipFields) {
  return {
    home_org_id: fields.homeOrgId,
    partner_org_id: fields.partnerOrgId,
    level: fields.level,
    established_on: fields.establishedOn,
    notes: fields.notes,
  };
}

export function insertRelationship(db: Store, change: ChangeContext, fields: RelationshipFields): Relationship {
  const id = change.newId();
  db.prepare(
    `INSERT INTO relationships (id, home_org_id, partner_org_id, level, established_on, notes, created_at, updated_at)
     VALUES (@id, @home_org_id, @partner_org_id, @level, @established_on, @notes, @now, @now)`,
  ).run({ id, now: change.now, ...columns(fields) });
  const created = findRelationship(db, id)!;
  recordAudit(db, change, {
    entity: RELATIONSHIP_ENTITY,
    entityId: id,
    action: 'create',
    before: null,
    after: created,
  });
  return created;
}

export function updateRelationship(
  db: Store,
  change: ChangeContext,
  before: Relationship,
  fields: RelationshipFields,
): Relationship {
  db.prepare(
    `UPDATE relationships SET home_org_id = @home_org_id, partner_org_id = @partner_org_id, level = @level,
            established_on = @established_on, notes = @notes, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id: before.id, now: change.now, ...columns(fields) });
  const after = findRelationship(db, before.id)!;
  recordAudit(db, change, { entity: RELATIONSHIP_ENTITY, entityId: before.id, action: 'update', before, after });
  return after;
}
