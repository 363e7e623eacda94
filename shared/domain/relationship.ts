import { z } from 'zod';
import { choice, NOTES_MAX, optionalNotes, partialDate, recordId } from './fields.js';

/** kết nghĩa (sister), hữu nghị và hợp tác (friendship), hợp tác (cooperation). */
export const RELATIONSHIP_LEVELS = ['cooperation', 'friendship', 'sister'] as const;
export type RelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];

/** The tie between one of our home organisations and a partner. */
const relationshipFields = z.strictObject({
  homeOrgId: recordId,
  partnerOrgId: recordId,
  level: choice(RELATIONSHIP_LEVELS),
  establishedOn: partialDate.nullable().default(null),
  notes: optionalNotes(NOTES_MAX),
});

function checkSides(relationship: { homeOrgId: string; partnerOrgId: string }, ctx: z.RefinementCtx): void {
  if (relationship.homeOrgId === relationship.partnerOrgId) {
    ctx.addIssue({ code: 'custom', path: ['partnerOrgId'], message: 'same_as_home' });
  }
}

export const relationshipInput = relationshipFields.superRefine(checkSides);
export const relationshipUpdate = relationshipFields.extend({ id: recordId }).superRefine(checkSides);
export type RelationshipInput = z.input<typeof relationshipInput>;
export type RelationshipFields = z.output<typeof relationshipInput>;

export interface Relationship extends RelationshipFields {
  id: string;
  homeOrgName: string;
  partnerOrgName: string;
  createdAt: string;
  updatedAt: string;
}
