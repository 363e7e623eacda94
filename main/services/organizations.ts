import { DomainError } from '../../shared/api/result.js';
import { describeFieldErrors } from '../../shared/api/field-errors.js';
import type { Organization, OrganizationFields } from '../../shared/domain/organization.js';
import { compareVietnamese } from '../../shared/text/collate.js';
import { fold } from '../../shared/text/fold.js';
import {
  ancestorIds,
  countChildOrganizations,
  findOrganization,
  findOrganizationByNameKey,
  listOrganizations,
} from '../../db/queries/organizations.js';
import { insertOrganization, softDeleteOrganization, updateOrganization } from '../../db/mutations/organizations.js';
import type { Store } from '../../db/connection.js';
import type { Handlers } from './handler.js';

function invalidField(field: string, key: string): DomainError {
  return new DomainError('invalid_input', describeFieldErrors({ [field]: key }), { [field]: key });
}

function mustFind(db: Store, id: string): Organization {
  const found = findOrganization(db, id);
  if (!found) throw new DomainError('not_found', `No organisation with id ${id}.`);
  return found;
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

export const organizationHandlers = {
  'organizations.list': (ctx, { query }) =>
    listOrganizations(ctx.db, query).sort((a, b) => compareVietnamese(a.name, b.name)),

  'organizations.get': (ctx, { id }) => mustFind(ctx.db, id),

  'organizations.create': (ctx, fields) =>
    ctx.db
      .transaction(() => {
        checkAgainstStore(ctx.db, fields, null);
        return insertOrganization(ctx.db, ctx.change(), fields);
      })
      .immediate(),

  'organizations.update': (ctx, { id, ...fields }) =>
    ctx.db
      .transaction(() => {
        const before = mustFind(ctx.db, id);
        checkAgainstStore(ctx.db, fields, id);
        return updateOrganization(ctx.db, ctx.change(), before, fields);
      })
      .immediate(),

  'organizations.delete': (ctx, { id }) =>
    ctx.db
      .transaction(() => {
        const before = mustFind(ctx.db, id);
        const children = countChildOrganizations(ctx.db, id);
        if (children > 0) {
          throw new DomainError(
            'conflict',
            `"${before.name}" is the parent of ${children} organisation(s); move or delete them first.`,
            { id: 'has_children' },
          );
        }
        softDeleteOrganization(ctx.db, ctx.change(), before);
        return { id };
      })
      .immediate(),
} satisfies Partial<Handlers>;
