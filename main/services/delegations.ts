import type { DelegationFields } from '../../shared/domain/delegation.js';
import type { Store } from '../../db/connection.js';
import { findDelegation, isDelegationDeleted, listDelegations, pageDelegations } from '../../db/queries/delegations.js';
import { findOrganization } from '../../db/queries/organizations.js';
import { findPerson } from '../../db/queries/people.js';
import { insertDelegation, restoreDelegation, updateDelegation } from '../../db/mutations/delegations.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { invalidField, mustExist, notFound } from './errors.js';
import type { Handlers } from './handler.js';

/** Every organisation and person the delegation points at must exist; each failure names its field. */
function checkReferences(db: Store, fields: DelegationFields): void {
  if (!findOrganization(db, fields.visitingOrgId)) throw invalidField('visitingOrgId', 'not_found');
  if (!findOrganization(db, fields.hostOrgId)) throw invalidField('hostOrgId', 'not_found');
  fields.participants.forEach((participant, index) => {
    if (!findPerson(db, participant.personId)) throw invalidField(`participants.${index}.personId`, 'not_found');
    if (participant.organizationId && !findOrganization(db, participant.organizationId)) {
      throw invalidField(`participants.${index}.organizationId`, 'not_found');
    }
  });
}

export const delegationHandlers = {
  'delegations.list': (ctx, filter) => listDelegations(ctx.db, filter),

  'delegations.page': (ctx, { offset, limit, ...filter }) => pageDelegations(ctx.db, filter, offset, limit),

  'delegations.get': (ctx, { id }) => mustExist(findDelegation(ctx.db, id), 'delegation', id),

  'delegations.create': (ctx, fields) =>
    ctx.write((change) => {
      checkReferences(ctx.db, fields);
      return insertDelegation(ctx.db, change, fields);
    }),

  'delegations.update': (ctx, { id, ...fields }) =>
    ctx.write((change) => {
      const before = mustExist(findDelegation(ctx.db, id), 'delegation', id);
      checkReferences(ctx.db, fields);
      return updateDelegation(ctx.db, change, before, fields);
    }),

  'delegations.delete': (ctx, { id }) =>
    ctx.write((change) => {
      softDelete(ctx.db, change, 'delegation', mustExist(findDelegation(ctx.db, id), 'delegation', id));
      return { id };
    }),

  'delegations.restore': (ctx, { id }) =>
    ctx.write((change) => {
      if (!isDelegationDeleted(ctx.db, id)) throw notFound('deleted delegation', id);
      return restoreDelegation(ctx.db, change, id);
    }),
} satisfies Partial<Handlers>;
