import { DomainError } from '../../../shared/api/result.js';
import { delegationInput } from '../../../shared/domain/delegation.js';
import { organizationInput } from '../../../shared/domain/organization.js';
import { personInput } from '../../../shared/domain/person.js';
import { relationshipInput } from '../../../shared/domain/relationship.js';
import { findOrganization } from '../../../db/queries/organizations.js';
import { storeHasRecords } from '../../../db/queries/store.js';
import { insertDelegation } from '../../../db/mutations/delegations.js';
import { insertOrganization, updateOrganization } from '../../../db/mutations/organizations.js';
import { insertPerson } from '../../../db/mutations/people.js';
import { insertRelationship } from '../../../db/mutations/relationships.js';
import type { Handlers } from '../handler.js';
import {
  SAMPLE_DELEGATIONS,
  SAMPLE_ORGANIZATIONS,
  SAMPLE_PARENTS,
  SAMPLE_PEOPLE,
  SAMPLE_RELATIONSHIPS,
} from './records.js';

/** Maps each key of `records` to the id of the record `insert` made of it. */
function insertAll<K extends string, T>(
  records: Record<K, T>,
  insert: (record: T) => { id: string },
): Record<K, string> {
  return Object.fromEntries(Object.entries<T>(records).map(([key, record]) => [key, insert(record).id])) as Record<
    K,
    string
  >;
}

export const sampleDataHandlers = {
  /**
   * Loads the sample records through the same schemas and mutations as user input, in one
   * transaction; refused once the store holds anything, so it can never mix with real records.
   */
  'sampleData.load': (ctx) =>
    ctx.write((change) => {
      if (storeHasRecords(ctx.db)) {
        throw new DomainError('conflict', 'Sample data can only be loaded into an empty store.', {
          input: 'not_empty',
        });
      }
      const org = insertAll(SAMPLE_ORGANIZATIONS, (input) =>
        insertOrganization(ctx.db, change, organizationInput.parse(input)),
      );
      for (const [child, parent] of SAMPLE_PARENTS) {
        const before = findOrganization(ctx.db, org[child])!;
        const { id, createdAt, updatedAt, ...fields } = before;
        updateOrganization(ctx.db, change, before, { ...fields, parentId: org[parent] });
      }
      const person = insertAll(SAMPLE_PEOPLE, (input) => insertPerson(ctx.db, change, personInput.parse(input)));
      for (const { visiting, host, participants, engagements, ...rest } of SAMPLE_DELEGATIONS) {
        const fields = delegationInput.parse({
          ...rest,
          visitingOrgId: org[visiting],
          hostOrgId: org[host],
          participants: participants.map(({ person: key, organization, ...participant }) => ({
            ...participant,
            personId: person[key],
            organizationId: org[organization],
          })),
          engagements: engagements.map(({ people, ...engagement }) => ({
            ...engagement,
            personIds: people.map((key) => person[key]),
          })),
        });
        insertDelegation(ctx.db, change, fields);
      }
      for (const { home, partner, ...rest } of SAMPLE_RELATIONSHIPS) {
        insertRelationship(
          ctx.db,
          change,
          relationshipInput.parse({ ...rest, homeOrgId: org[home], partnerOrgId: org[partner] }),
        );
      }
      return {
        organizations: Object.keys(org).length,
        people: Object.keys(person).length,
        delegations: SAMPLE_DELEGATIONS.length,
      };
    }),
} satisfies Partial<Handlers>;
