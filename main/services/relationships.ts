import { DomainError } from '../../shared/api/result.js';
import type { RelationshipFields } from '../../shared/domain/relationship.js';
import type { Store } from '../../db/connection.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { findRelationship, findRelationshipBetween } from '../../db/queries/relationships.js';
import { insertRelationship, updateRelationship } from '../../db/mutations/relationships.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { invalidField, mustExist } from './errors.js';
import type { Handlers } from './handler.js';

/** Both sides exist, the home side is one of ours, and the pair has no other tie. */
function checkAgainstStore(db: Store, fields: RelationshipFields, selfId: string | null): void {
  const home = findOrganization(db, fields.homeOrgId);
  if (!home) throw invalidField('homeOrgId', 'not_found');
  if (!home.isHome) throw invalidField('homeOrgId', 'not_home');
  if (!findOrganization(db, fields.partnerOrgId)) throw invalidField('partnerOrgId', 'not_found');
  if (findRelationshipBetween(db, fields.homeOrgId, fields.partnerOrgId, selfId)) {
    throw new DomainError('conflict', 'These two organisations already have a relationship; edit that one.', {
      partnerOrgId: 'duplicate_relationship',
    });
  }
}

export const relationshipHandlers = {
  'relationships.create': (ctx, fields) =>
    ctx.write((change) => {
      checkAgainstStore(ctx.db, fields, null);
      return insertRelationship(ctx.db, change, fields);
    }),

  'relationships.update': (ctx, { id, ...fields }) =>
    ctx.write((change) => {
      const before = mustExist(findRelationship(ctx.db, id), 'relationship', id);
      checkAgainstStore(ctx.db, fields, id);
      return updateRelationship(ctx.db, change, before, fields);
    }),

  'relationships.delete': (ctx, { id }) =>
    ctx.write((change) => {
      softDelete(ctx.db, change, 'relationship', mustExist(findRelationship(ctx.db, id), 'relationship', id));
      return { id };
    }),
} satisfies Partial<Handlers>;
