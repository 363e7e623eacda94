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
import { insertAgreement } from '../../../db/mutations/agreements.js';
import { insertFollowUp } from '../../../db/mutations/follow-ups.js';
import { insertGift } from '../../../db/mutations/gifts.js';
import { agreementInput } from '../../../shared/domain/agreement.js';
import type { Delegation } from '../../../shared/domain/delegation.js';
import { followUpInput } from '../../../shared/domain/follow-up.js';
import { giftInput } from '../../../shared/domain/gift.js';
import {
  SAMPLE_AGREEMENTS,
  SAMPLE_DELEGATIONS,
  SAMPLE_FOLLOW_UPS,
  SAMPLE_GIFTS,
  SAMPLE_ORGANIZATIONS,
  SAMPLE_PARENTS,
  SAMPLE_PEOPLE,
  SAMPLE_RELATIONSHIPS,
  type PersonKey,
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
      const delegations: Delegation[] = [];
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
        delegations.push(insertDelegation(ctx.db, change, fields));
      }
      /** The participant row of a person in one of the sample delegations (their title at that visit). */
      const participantOf = (delegation: number, key: PersonKey | undefined) =>
        key
          ? (delegations[delegation]!.participants.find((participant) => participant.personId === person[key])?.id ??
            null)
          : null;
      for (const { delegation, giver, recipient, ...rest } of SAMPLE_GIFTS) {
        insertGift(
          ctx.db,
          change,
          giftInput.parse({
            ...rest,
            delegationId: delegations[delegation]!.id,
            giverParticipantId: participantOf(delegation, giver.person),
            giverOrgId: org[giver.organization],
            recipientParticipantId: participantOf(delegation, recipient.person),
            recipientOrgId: org[recipient.organization],
          }),
        );
      }
      for (const { delegation, parties, ...rest } of SAMPLE_AGREEMENTS) {
        insertAgreement(
          ctx.db,
          change,
          agreementInput.parse({
            ...rest,
            delegationId: delegation === null ? null : delegations[delegation]!.id,
            parties: parties.map((party) => ({
              organizationId: org[party.organization],
              signatoryParticipantId: delegation === null ? null : participantOf(delegation, party.signatory),
            })),
          }),
        );
      }
      for (const { delegation, organization, ...rest } of SAMPLE_FOLLOW_UPS) {
        insertFollowUp(
          ctx.db,
          change,
          followUpInput.parse({
            ...rest,
            sourceKind: 'delegation',
            sourceId: delegations[delegation]!.id,
            organizationId: org[organization],
          }),
        );
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
        gifts: SAMPLE_GIFTS.length,
        agreements: SAMPLE_AGREEMENTS.length,
        followUps: SAMPLE_FOLLOW_UPS.length,
      };
    }),
} satisfies Partial<Handlers>;
