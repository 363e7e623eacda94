import { z } from 'zod';
import { isCurrency } from './currency.js';
import {
  choice,
  NAME_MAX,
  NOTES_MAX,
  optionalNotes,
  optionalText,
  partialDate,
  recordId,
  requiredText,
  pageBounds,
  type ListPage,
  searchQuery,
} from './fields.js';

export const GIFT_DIRECTIONS = ['given', 'received'] as const;
export const GIFT_CATEGORIES = ['object', 'money_or_papers', 'service', 'perishable', 'decoration_award'] as const;
export const GIFT_DISPOSITIONS = [
  'kept_as_souvenir',
  'displayed',
  'archived',
  'sold_publicly',
  'paid_to_budget',
  'service_declined',
  'returned',
] as const;
export type GiftDirection = (typeof GIFT_DIRECTIONS)[number];
export type GiftCategory = (typeof GIFT_CATEGORIES)[number];
export type GiftDisposition = (typeof GIFT_DISPOSITIONS)[number];

/** Working days within which a received gift must be reported in writing. */
export const REPORT_WORKING_DAYS = 5;
/** Days within which the proceeds of a public sale must be remitted. */
export const PROCEEDS_DAYS = 30;

const fullDate = partialDate.refine((date) => date.length === 10, { error: 'full_date_required' });
const optionalFullDate = fullDate.nullable().default(null);

const giftFields = z.strictObject({
  direction: choice(GIFT_DIRECTIONS),
  delegationId: recordId.nullable().default(null),
  /** The day given or received; a received gift's legal clock starts here, so it needs the full date. */
  date: partialDate,
  giverParticipantId: recordId.nullable().default(null),
  giverOrgId: recordId.nullable().default(null),
  recipientParticipantId: recordId.nullable().default(null),
  recipientOrgId: recordId.nullable().default(null),
  item: requiredText(NAME_MAX),
  category: choice(GIFT_CATEGORIES).default('object'),
  quantity: z
    .number({ error: 'not_a_number' })
    .int({ error: 'whole_number' })
    .min(1, { error: 'at_least_one' })
    .default(1),
  estimatedValue: z
    .number({ error: 'not_a_number' })
    .finite({ error: 'not_a_number' })
    .min(0, { error: 'negative' })
    .nullable()
    .default(null),
  currency: z
    .string({ error: 'invalid' })
    .transform((code) => code.trim().toUpperCase())
    .refine(isCurrency, { error: 'unknown_currency' })
    .default('VND'),
  valuationBasis: optionalText(NAME_MAX),
  circumstances: optionalNotes(NOTES_MAX),
  reportedOn: optionalFullDate,
  disposition: choice(GIFT_DISPOSITIONS).nullable().default(null),
  dispositionDecision: optionalText(NAME_MAX),
  dispositionOn: optionalFullDate,
  /** Day of the public sale, when the disposition is a sale. */
  soldOn: optionalFullDate,
  proceedsRemittedOn: optionalFullDate,
  photoAttachmentId: recordId.nullable().default(null),
  notes: optionalNotes(NOTES_MAX),
});

/** Dates in the order the law runs them: nothing happens to a gift before it is received. */
function checkGift(gift: z.output<typeof giftFields>, ctx: z.RefinementCtx): void {
  if (gift.direction === 'received' && gift.date.length !== 10) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'full_date_required' });
  }
  for (const field of ['reportedOn', 'dispositionOn', 'soldOn', 'proceedsRemittedOn'] as const) {
    const value = gift[field];
    if (value && value < gift.date) ctx.addIssue({ code: 'custom', path: [field], message: 'before_receipt' });
  }
  if (gift.soldOn && gift.disposition !== 'sold_publicly') {
    ctx.addIssue({ code: 'custom', path: ['soldOn'], message: 'only_when_sold' });
  }
  if (gift.proceedsRemittedOn && gift.soldOn && gift.proceedsRemittedOn < gift.soldOn) {
    ctx.addIssue({ code: 'custom', path: ['proceedsRemittedOn'], message: 'before_sale' });
  }
}

export const giftInput = giftFields.superRefine(checkGift);
export const giftUpdate = giftFields.extend({ id: recordId }).superRefine(checkGift);
export type GiftInput = z.input<typeof giftInput>;
export type GiftFields = z.output<typeof giftInput>;

/** Where a received gift stands against its deadlines. */
export type GiftClock = 'none' | 'ok' | 'due_soon' | 'overdue';

export interface Gift extends GiftFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  giverName: string | null;
  giverTitle: string | null;
  giverOrgName: string | null;
  recipientName: string | null;
  recipientTitle: string | null;
  recipientOrgName: string | null;
  /** Receipt + 5 working days (received gifts only). */
  reportDueOn: string | null;
  /** Sale + 30 days (public sales only). */
  proceedsDueOn: string | null;
  clock: GiftClock;
}

export const giftFilter = z.strictObject({
  delegationId: recordId.nullable().default(null),
  query: searchQuery,
  direction: choice(GIFT_DIRECTIONS).nullable().default(null),
  organizationId: recordId.nullable().default(null),
  personId: recordId.nullable().default(null),
  country: z
    .string({ error: 'invalid' })
    .length(2, { error: 'unknown_country' })
    .toUpperCase()
    .nullable()
    .default(null),
  from: partialDate.nullable().default(null),
  to: partialDate.nullable().default(null),
  /** Only received gifts whose report or proceeds are still outstanding (the home page's "and N more"). */
  awaitingReport: z.boolean({ error: 'invalid' }).default(false),
});
export type GiftFilter = z.output<typeof giftFilter>;

/** The register's filter, and which rows of it. */
export const giftPageInput = giftFilter.extend(pageBounds);

/** One page of the gift register (newest first). */
export type GiftListPage = ListPage<Gift>;
