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
  pageBounds,
  type ListPage,
  searchQuery,
} from './fields.js';

export const DELEGATION_DIRECTIONS = ['incoming', 'outgoing'] as const;
export const DELEGATION_STATUSES = ['planned', 'confirmed', 'completed', 'cancelled'] as const;
/** guest: the visiting side; host: the side that receives them. */
export const PARTICIPANT_SIDES = ['guest', 'host'] as const;
export const PARTICIPANT_ROLES = ['head', 'member', 'host', 'interpreter'] as const;
export const ENGAGEMENT_KINDS = [
  'courtesy_call',
  'reception',
  'working_session',
  'signing',
  'site_visit',
  'banquet',
  'conference',
  'other',
] as const;

export type DelegationDirection = (typeof DELEGATION_DIRECTIONS)[number];
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];
export type ParticipantSide = (typeof PARTICIPANT_SIDES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const TITLE_MAX = 500;
export const PARTICIPANTS_MAX = 300;
export const ENGAGEMENTS_MAX = 200;

/** "2025-10-14" or "2025-10-14T09:30": a programme item's day, and its time where known. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const dateTime = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
  .trim()
  .refine((text) => text.length > 0, { error: 'required' })
  .refine((text) => LOCAL_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)), { error: 'invalid_date' });

/** A person's appearance in this delegation, with the title and organisation they held *then*. */
export const participantInput = z.strictObject({
  personId: recordId,
  side: choice(PARTICIPANT_SIDES),
  role: choice(PARTICIPANT_ROLES),
  title: optionalText(TITLE_MAX),
  organizationId: recordId.nullable().default(null),
});

/** A programme item. `id` is present for an item that already exists, absent for a new one. */
export const engagementInput = z.strictObject({
  id: recordId.optional(),
  kind: choice(ENGAGEMENT_KINDS),
  startsAt: dateTime,
  place: optionalText(NAME_MAX),
  summary: optionalNotes(NOTES_MAX),
  outcome: optionalNotes(NOTES_MAX),
  /** Who took part: people among the delegation's participants. */
  personIds: z.array(recordId, { error: 'invalid' }).max(PARTICIPANTS_MAX, { error: 'too_many' }).default([]),
});

const delegationFields = z.strictObject({
  direction: choice(DELEGATION_DIRECTIONS),
  visitingOrgId: recordId,
  hostOrgId: recordId,
  purpose: optionalNotes(NOTES_MAX),
  startDate: partialDate,
  endDate: partialDate.nullable().default(null),
  place: optionalText(NAME_MAX),
  status: choice(DELEGATION_STATUSES).default('planned'),
  notes: optionalNotes(NOTES_MAX),
  /** In precedence order: the first guest is received first. */
  participants: z
    .array(participantInput, { error: 'invalid' })
    .max(PARTICIPANTS_MAX, { error: 'too_many' })
    .default([]),
  engagements: z.array(engagementInput, { error: 'invalid' }).max(ENGAGEMENTS_MAX, { error: 'too_many' }).default([]),
});

/** Rules across fields: dates in order, two sides, one head who is a guest, each person once. */
function checkDelegation(delegation: z.output<typeof delegationFields>, ctx: z.RefinementCtx): void {
  if (delegation.endDate && !endNotBeforeStart(delegation.startDate, delegation.endDate)) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' });
  }
  if (delegation.visitingOrgId === delegation.hostOrgId) {
    ctx.addIssue({ code: 'custom', path: ['hostOrgId'], message: 'same_as_visiting' });
  }
  const seen = new Set<string>();
  let heads = 0;
  delegation.participants.forEach((participant, index) => {
    if (seen.has(participant.personId)) {
      ctx.addIssue({ code: 'custom', path: ['participants', index, 'personId'], message: 'duplicate_person' });
    }
    seen.add(participant.personId);
    if (participant.role === 'head') {
      heads += 1;
      // The head leads the visiting side; a host is never "head of delegation".
      if (participant.side !== 'guest') {
        ctx.addIssue({ code: 'custom', path: ['participants', index, 'role'], message: 'head_must_be_guest' });
      } else if (heads > 1) {
        ctx.addIssue({ code: 'custom', path: ['participants', index, 'role'], message: 'one_head' });
      }
    }
  });
  delegation.engagements.forEach((engagement, index) => {
    if (engagement.personIds.some((personId) => !seen.has(personId))) {
      ctx.addIssue({ code: 'custom', path: ['engagements', index, 'personIds'], message: 'not_a_participant' });
    }
  });
}

export const delegationInput = delegationFields.superRefine(checkDelegation);
export const delegationUpdate = delegationFields.extend({ id: recordId }).superRefine(checkDelegation);

export type DelegationInput = z.input<typeof delegationInput>;
export type DelegationFields = z.output<typeof delegationInput>;

export interface Participant {
  id: string;
  personId: string;
  /** The person's name as recorded, for lists that show people without loading each. */
  fullName: string;
  nativeName: string;
  side: ParticipantSide;
  role: ParticipantRole;
  title: string;
  organizationId: string | null;
  precedence: number;
}

export interface Engagement {
  id: string;
  kind: EngagementKind;
  startsAt: string;
  place: string;
  summary: string;
  outcome: string;
  personIds: string[];
}

export interface Delegation extends Omit<DelegationFields, 'participants' | 'engagements'> {
  id: string;
  createdAt: string;
  updatedAt: string;
  visitingOrgName: string;
  hostOrgName: string;
  participants: Participant[];
  engagements: Engagement[];
}

/** A line of a list or timeline: enough to show and filter, without the programme. */
export interface DelegationSummary {
  id: string;
  direction: DelegationDirection;
  status: DelegationStatus;
  startDate: string;
  endDate: string | null;
  place: string;
  purpose: string;
  visitingOrgId: string;
  visitingOrgName: string;
  hostOrgId: string;
  hostOrgName: string;
  /** The country of the partner: the visiting side of an incoming visit, the host of an outgoing one. */
  partnerCountry: string;
  headName: string | null;
  headTitle: string | null;
}

export const delegationFilter = z.strictObject({
  query: searchQuery,
  direction: choice(DELEGATION_DIRECTIONS).nullable().default(null),
  status: choice(DELEGATION_STATUSES).nullable().default(null),
  country: z
    .string({ error: 'invalid' })
    .length(2, { error: 'unknown_country' })
    .toUpperCase()
    .nullable()
    .default(null),
  organizationId: recordId.nullable().default(null),
  from: partialDate.nullable().default(null),
  to: partialDate.nullable().default(null),
  sort: choice(['newest', 'oldest'] as const).default('newest'),
});

/** The list's filter and sort, and which rows of it: `offset` rows skipped, at most `limit` returned. */
export const delegationPageInput = delegationFilter.extend(pageBounds);

/** One page of the delegation list. */
export type DelegationListPage = ListPage<DelegationSummary>;
