import { DomainError } from '../../shared/api/result.js';
import type { Person } from '../../shared/domain/person.js';
import { compareVietnamese } from '../../shared/text/collate.js';
import type { Store } from '../../db/connection.js';
import {
  countDelegationsOfPerson,
  findPeople,
  findPerson,
  listAppearances,
  listPeople,
  pagePeople,
} from '../../db/queries/people.js';
import { delegationIdsMentioning } from '../../db/queries/delegations.js';
import { reindexDelegation } from '../../db/mutations/delegations.js';
import { insertPerson, updatePerson } from '../../db/mutations/people.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { mustExist } from './errors.js';
import type { Handlers } from './handler.js';

function mustFindPerson(db: Store, id: string): Person {
  return mustExist(findPerson(db, id), 'person', id);
}

export const peopleHandlers = {
  'people.list': (ctx, { query }) =>
    listPeople(ctx.db, query).sort((a, b) => compareVietnamese(a.fullName, b.fullName)),

  /** The people page reads them a page at a time: a ministry's twenty years hold 100,000 people. */
  'people.page': (ctx, { query, offset, limit }) => {
    const page = pagePeople(ctx.db, query, offset, limit);
    return { rows: page.people, total: page.total };
  },

  /** Names for the people a form already holds, without fetching everyone. */
  'people.byIds': (ctx, { ids }) => findPeople(ctx.db, ids),

  'people.get': (ctx, { id }) => ({
    person: mustFindPerson(ctx.db, id),
    appearances: listAppearances(ctx.db, id),
  }),

  'people.create': (ctx, fields) => ctx.write((change) => insertPerson(ctx.db, change, fields)),

  'people.update': (ctx, { id, ...fields }) =>
    ctx.write((change) => {
      const after = updatePerson(ctx.db, change, mustFindPerson(ctx.db, id), fields);
      // Delegations are found by their people's names: keep their search text current.
      for (const delegationId of delegationIdsMentioning(ctx.db, id)) reindexDelegation(ctx.db, delegationId);
      return after;
    }),

  'people.delete': (ctx, { id }) =>
    ctx.write((change) => {
      const before = mustFindPerson(ctx.db, id);
      const delegations = countDelegationsOfPerson(ctx.db, id);
      if (delegations > 0) {
        throw new DomainError('conflict', `"${before.fullName}" is still listed in ${delegations} delegation(s).`, {
          id: 'used_by_delegations',
        });
      }
      softDelete(ctx.db, change, 'person', before);
      return { id };
    }),
} satisfies Partial<Handlers>;
