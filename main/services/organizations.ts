import { DomainError } from '../../shared/api/result.js';
import type { Organization, OrganizationFields } from '../../shared/domain/organization.js';
import { compareVietnamese } from '../../shared/text/collate.js';
import { fold } from '../../shared/text/fold.js';
import type { Store } from '../../db/connection.js';
import {
  ancestorIds,
  countChildOrganizations,
  findOrganization,
  findOrganizationByNameKey,
  listOrganizations,
  pageOrganizations,
} from '../../db/queries/organizations.js';
import {
  countDelegationsOfOrganization,
  delegationIdsMentioning,
  listDelegationsOfOrganization,
} from '../../db/queries/delegations.js';
import { countRelationshipsOf, listRelationshipsOf } from '../../db/queries/relationships.js';
import { reindexDelegation } from '../../db/mutations/delegations.js';
import { insertOrganization, updateOrganization } from '../../db/mutations/organizations.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { invalidField, mustExist } from './errors.js';
import type { Handlers } from './handler.js';
import { isMeetingHeld } from './meetings.js';

export function mustFindOrganization(db: Store, id: string): Organization {
  return mustExist(findOrganization(db, id), 'organisation', id);
}

/** Checks that depend on other records: the parent exists and is not the record itself or below it; no duplicate. */
function checkAgainstStore(db: Store, fields: OrganizationFields, selfId: string | null): void {
  if (fields.parentId) {
    if (fields.parentId === selfId || !findOrganization(db, fields.parentId)) {
      throw invalidField('parentId', 'not_found');
    }
    if (selfId && ancestorIds(db, fields.parentId).includes(selfId)) {
      throw invalidField('parentId', 'cycle');
    }
  }
  const duplicate = findOrganizationByNameKey(db, fold(fields.name), fields.country, selfId);
  if (duplicate) {
    throw new DomainError(
      'conflict',
      `An organisation named "${duplicate.name}" already exists in ${fields.country}.`,
      {
        name: 'duplicate',
      },
    );
  }
}

/** Refuses to delete an organisation that other records still point at, saying where. */
function checkUnused(db: Store, organization: Organization): void {
  const uses = [
    [countChildOrganizations(db, organization.id), 'has_children', 'organisation(s) are part of it'],
    [countDelegationsOfOrganization(db, organization.id), 'used_by_delegations', 'delegation(s) name it'],
    [countRelationshipsOf(db, organization.id), 'used_by_relationships', 'relationship(s) name it'],
  ] as const;
  for (const [count, key, where] of uses) {
    if (count > 0) {
      throw new DomainError('conflict', `"${organization.name}" is still in use: ${count} ${where}.`, { id: key });
    }
  }
}

export const organizationHandlers = {
  'organizations.list': (ctx, { query }) =>
    listOrganizations(ctx.db, query).sort((a, b) => compareVietnamese(a.name, b.name)),

  /** The organisations page reads them a page at a time (a ministry's store holds 5,000, 1.4 MB of JSON). */
  'organizations.page': (ctx, { query, offset, limit }) => {
    const page = pageOrganizations(ctx.db, query, offset, limit);
    return { rows: page.organizations, total: page.total };
  },

  'organizations.get': (ctx, { id }) => mustFindOrganization(ctx.db, id),

  'organizations.create': (ctx, fields) =>
    ctx.write((change) => {
      checkAgainstStore(ctx.db, fields, null);
      return insertOrganization(ctx.db, change, fields);
    }),

  'organizations.update': (ctx, { id, ...fields }) =>
    ctx.write((change) => {
      const before = mustFindOrganization(ctx.db, id);
      checkAgainstStore(ctx.db, fields, id);
      const after = updateOrganization(ctx.db, change, before, fields);
      // Delegations are found by their organisations' names: keep their search text current.
      for (const delegationId of delegationIdsMentioning(ctx.db, id)) reindexDelegation(ctx.db, delegationId);
      return after;
    }),

  'organizations.delete': (ctx, { id }) =>
    ctx.write((change) => {
      const before = mustFindOrganization(ctx.db, id);
      checkUnused(ctx.db, before);
      softDelete(ctx.db, change, 'organization', before);
      return { id };
    }),

  'organizations.dossier': (ctx, { id }) => {
    const organization = mustFindOrganization(ctx.db, id);
    const visits = listDelegationsOfOrganization(ctx.db, id);
    return {
      organization,
      relationships: listRelationshipsOf(ctx.db, id),
      visits,
      lastMeeting: visits.find((visit) => isMeetingHeld(visit, new Date())) ?? null,
    };
  },
} satisfies Partial<Handlers>;
