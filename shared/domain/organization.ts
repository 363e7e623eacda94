import { z } from 'zod';
import { isCountryCode } from './countries.js';
import { choice, missingOrInvalid, NAME_MAX, NOTES_MAX, optionalNotes, recordId, requiredText } from './fields.js';

export const ORGANIZATION_KINDS = [
  'city',
  'province',
  'national_government',
  'ministry',
  'department',
  'council',
  'embassy',
  'consulate',
  'company',
  'university',
  'ngo',
  'international_organization',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ALIASES_MAX = 50;

export const countryCode = z
  .string({ error: missingOrInvalid })
  .transform((code) => code.trim().toUpperCase())
  .refine((code) => code.length > 0, { error: 'required' })
  .refine(isCountryCode, { error: 'unknown_country' });

const aliases = z
  .array(requiredText(NAME_MAX), { error: 'invalid' })
  .max(ALIASES_MAX, { error: 'too_many' })
  // The same alias typed twice is one alias.
  .transform((list) => [...new Set(list)])
  .default([]);

/** What a user enters for an organisation; the same schema checks create and update. */
export const organizationInput = z.strictObject({
  name: requiredText(NAME_MAX),
  aliases,
  country: countryCode,
  kind: choice(ORGANIZATION_KINDS),
  parentId: recordId.nullable().default(null),
  isHome: z.boolean({ error: 'invalid' }).default(false),
  notes: optionalNotes(NOTES_MAX),
});
export type OrganizationInput = z.input<typeof organizationInput>;
export type OrganizationFields = z.output<typeof organizationInput>;

export interface Organization extends OrganizationFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}
