import { z } from 'zod';
import { endNotBeforeStart } from '../text/partial-date.js';
import {
  choice,
  NAME_MAX,
  NOTES_MAX,
  optionalNotes,
  optionalText,
  partialDate,
  recordId,
  requiredText,
  type ListPage,
} from './fields.js';

export const AGREEMENT_KINDS = [
  'mou',
  'friendship_cooperation',
  'letter_of_intent',
  'plan_of_action',
  'sister_city',
  'other',
] as const;
export const AGREEMENT_STATUSES = ['proposed', 'negotiating', 'signed', 'in_force', 'expired', 'terminated'] as const;
export const FIELD_STATUSES = ['not_started', 'active', 'dormant', 'done'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type FieldStatus = (typeof FIELD_STATUSES)[number];

/** The starting vocabulary of cooperation fields; users add their own (stored in cooperation_fields). */
export const DEFAULT_COOPERATION_FIELDS = [
  'economy',
  'trade',
  'investment',
  'tourism',
  'culture',
  'arts',
  'heritage',
  'education',
  'training',
  'health',
  'pharmaceuticals',
  'environment',
  'climate_energy',
  'smart_city',
  'urban_development',
  'transport',
  'agriculture',
  'science_technology',
  'sport',
  'people_exchange',
] as const;

export const PARTIES_MIN = 2;

const partyInput = z.strictObject({
  organizationId: recordId,
  /** The participant who signed: their title at the signing comes with them. */
  signatoryParticipantId: recordId.nullable().default(null),
});

/** One point of the agreement, filed under a field of cooperation; `text` is the point as written. */
const fieldInput = z.strictObject({
  /** Present for a row that already exists, so its history stays with it. */
  id: recordId.optional(),
  fieldKey: z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .regex(/^[a-z0-9_]{1,60}$/, { error: 'invalid_choice' }),
  text: optionalNotes(NOTES_MAX),
  status: choice(FIELD_STATUSES).default('not_started'),
  notes: optionalNotes(NOTES_MAX),
});

const agreementFields = z.strictObject({
  kind: choice(AGREEMENT_KINDS),
  title: requiredText(NAME_MAX * 2),
  status: choice(AGREEMENT_STATUSES).default('proposed'),
  signedOn: partialDate.nullable().default(null),
  place: optionalText(NAME_MAX),
  effectiveFrom: partialDate.nullable().default(null),
  expiresOn: partialDate.nullable().default(null),
  renewalTerms: optionalNotes(NOTES_MAX),
  delegationId: recordId.nullable().default(null),
  scanAttachmentId: recordId.nullable().default(null),
  parties: z.array(partyInput, { error: 'invalid' }).max(20, { error: 'too_many' }).default([]),
  fields: z.array(fieldInput, { error: 'invalid' }).max(100, { error: 'too_many' }).default([]),
  notes: optionalNotes(NOTES_MAX),
});

function checkAgreement(agreement: z.output<typeof agreementFields>, ctx: z.RefinementCtx): void {
  if (agreement.parties.length < PARTIES_MIN) {
    ctx.addIssue({ code: 'custom', path: ['parties'], message: 'too_few_parties' });
  }
  const seen = new Set<string>();
  agreement.parties.forEach((party, index) => {
    if (seen.has(party.organizationId)) {
      ctx.addIssue({ code: 'custom', path: ['parties', index, 'organizationId'], message: 'duplicate_party' });
    }
    seen.add(party.organizationId);
  });
  const start = agreement.effectiveFrom ?? agreement.signedOn;
  if (agreement.expiresOn && start && !endNotBeforeStart(start, agreement.expiresOn)) {
    ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'expiry_before_signing' });
  }
  if (
    agreement.effectiveFrom &&
    agreement.signedOn &&
    !endNotBeforeStart(agreement.signedOn, agreement.effectiveFrom)
  ) {
    ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'before_signing' });
  }
}

export const agreementInput = agreementFields.superRefine(checkAgreement);
export const agreementUpdate = agreementFields.extend({ id: recordId }).superRefine(checkAgreement);
export type AgreementInput = z.input<typeof agreementInput>;
export type AgreementFields = z.output<typeof agreementInput>;

export interface AgreementParty {
  organizationId: string;
  organizationName: string;
  signatoryParticipantId: string | null;
  signatoryName: string | null;
  signatoryTitle: string | null;
}

export interface AgreementField {
  id: string;
  fieldKey: string;
  text: string;
  status: FieldStatus;
  notes: string;
}

/** Agreements expiring within this many months are called out: on the home page and the agreements list. */
export const EXPIRING_MONTHS = 12;

/** One page of the agreements list (newest first), and how many of all that match expire within 12 months. */
export type AgreementListPage = ListPage<Agreement> & { expiringSoon: number };

export interface Agreement extends Omit<AgreementFields, 'parties' | 'fields'> {
  id: string;
  createdAt: string;
  updatedAt: string;
  parties: AgreementParty[];
  fields: AgreementField[];
  /** Expiry has passed (whatever the recorded status says). */
  expired: boolean;
}

export interface CooperationField {
  key: string;
  label: string;
}

export const cooperationFieldInput = z.strictObject({ label: requiredText(NAME_MAX) });
