import { z } from 'zod';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from './agreement.js';
import {
  ARTICLE_BATCH_MAX_BYTES,
  ARTICLE_BATCH_MAX_ITEMS,
  ARTICLE_FILE_MAX_BYTES,
  type Article,
  type ArticleLanguage,
  type Provenance,
  type TextSpan,
} from './article.js';
import { DELEGATION_DIRECTIONS, TITLE_MAX, type DelegationDirection } from './delegation.js';
import {
  choice,
  missingOrInvalid,
  NAME_MAX,
  NOTES_MAX,
  optionalNotes,
  optionalText,
  partialDate,
  recordId,
  requiredText,
} from './fields.js';
import { GIFT_DIRECTIONS, type GiftDirection } from './gift.js';
import { countryCode, ORGANIZATION_KINDS, type OrganizationKind } from './organization.js';

/** What the extractor proposes from one article, each proposal with the characters it came from. */
export interface ProposedPerson {
  name: string;
  title: string;
  evidence: TextSpan;
  /** Existing people this may be, best first. */
  matches: { id: string; fullName: string; lastTitle: string }[];
}

export interface ArticleProposals {
  language: ArticleLanguage;
  published: string | null;
  delegation: null | {
    direction: DelegationDirection | null;
    partner: string;
    country: string | null;
    kind: OrganizationKind;
    /** Existing organisations the partner may be, best first. */
    partnerMatches: { id: string; name: string; country: string }[];
    head: ProposedPerson | null;
    hosts: ProposedPerson[];
    place: string;
    start: string | null;
    end: string | null;
    evidence: TextSpan;
  };
  gifts: { direction: GiftDirection; giver: string; recipient: string; item: string; evidence: TextSpan }[];
  agreements: {
    status: 'signed' | 'proposed';
    kind: (typeof AGREEMENT_KINDS)[number];
    title: string;
    signedOn: string | null;
    /** Cooperation field keys the article's fields map to. */
    fieldKeys: string[];
    evidence: TextSpan;
  }[];
  followUps: { text: string; due: string | null; evidence: TextSpan }[];
}

/** The review screen's data: the article, what it proposes, and what was already taken from it. */
export interface ArticleReview {
  article: Article;
  proposals: ArticleProposals;
  records: Provenance[];
}

const span = z
  .strictObject({
    start: z.number({ error: 'invalid' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }),
    end: z.number({ error: 'invalid' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }),
  })
  .refine((s) => s.end >= s.start, { error: 'invalid', path: ['end'] });

/** An organisation: an existing one (`existingId`) or a new one made from the other fields. */
const organizationChoice = z.strictObject({
  existingId: recordId.nullable().default(null),
  name: requiredText(NAME_MAX),
  country: countryCode,
  kind: choice(ORGANIZATION_KINDS).default('city'),
});

/** A person: an existing one or a new one; the title is theirs at this visit. */
const personChoice = z.strictObject({
  existingId: recordId.nullable().default(null),
  fullName: requiredText(NAME_MAX),
  title: optionalText(TITLE_MAX),
  evidence: span,
});

const PROPOSALS_MAX = 50;

/** What the user accepted on the review screen; everything is written in one transaction. */
export const articleAcceptInput = z.strictObject({
  articleId: recordId,
  /** The foreign side every accepted record concerns. */
  partner: organizationChoice,
  /** Our side (a home organisation). */
  homeOrgId: recordId,
  delegation: z
    .strictObject({
      direction: choice(DELEGATION_DIRECTIONS),
      head: personChoice.nullable().default(null),
      hosts: z.array(personChoice, { error: 'invalid' }).max(PROPOSALS_MAX, { error: 'too_many' }).default([]),
      place: optionalText(NAME_MAX),
      startDate: partialDate,
      endDate: partialDate.nullable().default(null),
      purpose: optionalNotes(NOTES_MAX),
      evidence: span,
    })
    .nullable()
    .default(null),
  gifts: z
    .array(
      z.strictObject({
        direction: choice(GIFT_DIRECTIONS),
        item: requiredText(NAME_MAX),
        date: partialDate,
        evidence: span,
      }),
      { error: 'invalid' },
    )
    .max(PROPOSALS_MAX, { error: 'too_many' })
    .default([]),
  agreements: z
    .array(
      z.strictObject({
        kind: choice(AGREEMENT_KINDS),
        title: requiredText(NAME_MAX * 2),
        status: choice(AGREEMENT_STATUSES),
        signedOn: partialDate.nullable().default(null),
        fieldKeys: z
          .array(z.string({ error: 'invalid' }).regex(/^[a-z0-9_]{1,60}$/, { error: 'invalid_choice' }), {
            error: 'invalid',
          })
          .max(100, { error: 'too_many' })
          .default([]),
        evidence: span,
      }),
      { error: 'invalid' },
    )
    .max(PROPOSALS_MAX, { error: 'too_many' })
    .default([]),
  followUps: z
    .array(
      z.strictObject({ text: requiredText(NOTES_MAX), due: partialDate.nullable().default(null), evidence: span }),
      { error: 'invalid' },
    )
    .max(PROPOSALS_MAX, { error: 'too_many' })
    .default([]),
});
export type ArticleAcceptInput = z.input<typeof articleAcceptInput>;
export type ArticleAcceptFields = z.output<typeof articleAcceptInput>;

export interface ArticleAcceptResult {
  delegationId: string | null;
  partnerOrgId: string;
  created: { entity: string; id: string }[];
}

/** One article of an import: pasted text, or a file's bytes (base64) with its name. */
const articleImportItem = z
  .strictObject({
    text: z.string({ error: 'invalid' }).optional(),
    file: z
      .strictObject({
        name: requiredText(NAME_MAX),
        base64: z
          .string({ error: missingOrInvalid })
          .max(Math.ceil(ARTICLE_FILE_MAX_BYTES / 3) * 4, { error: 'file_too_large' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid' }),
      })
      .optional(),
    title: optionalText(NAME_MAX),
    url: optionalText(2000),
  })
  .refine((input) => (input.text === undefined) !== (input.file === undefined), {
    error: 'text_or_file',
    path: ['text'],
  });
export type ArticleImportItem = z.input<typeof articleImportItem>;

/** What an item weighs against ARTICLE_BATCH_MAX_BYTES: a file's bytes, a pasted text's characters. */
export function importItemSize(item: { text?: unknown; file?: { base64?: unknown } | undefined }): number {
  // Defensive: the batch's total is also checked while an item is otherwise malformed.
  if (typeof item.file?.base64 === 'string') return Math.floor((item.file.base64.length * 3) / 4);
  return typeof item.text === 'string' ? item.text.length : 0;
}

/**
 * Import a batch of articles (the import page sends up to 25 files or 8 MB a call, a pasted text alone), stored
 * in one transaction. Each item is checked and answered on its own line; a malformed call (no items, too many,
 * an item with neither text nor file, a file over 5 MB, more than 8 MB in all) is refused whole, naming the item.
 */
export const articleImportInput = z
  .strictObject({
    items: z
      .array(articleImportItem, { error: missingOrInvalid })
      .min(1, { error: 'empty_list' })
      .max(ARTICLE_BATCH_MAX_ITEMS, { error: 'too_many_items' }),
    sourceName: optionalText(NAME_MAX),
  })
  .refine((input) => input.items.reduce((sum, item) => sum + importItemSize(item), 0) <= ARTICLE_BATCH_MAX_BYTES, {
    error: 'batch_too_large',
    path: ['items'],
  });

/** What became of one item of an import, in the order they were sent. */
export type ArticleImportOutcome =
  | { status: 'imported'; article: Omit<Article, 'body'> }
  | {
      status: 'duplicate';
      how: 'same' | 'near';
      existing: { id: string; title: string };
      /** The earlier item of the same batch it repeats, when it is one of them (its index), else null. */
      earlierItem: number | null;
    }
  /** Not stored, for a reason of its own (`field` names the item: `items.2.file`); the others still are. */
  | { status: 'refused'; field: string; reason: string };

export interface ArticleImportResult {
  outcomes: ArticleImportOutcome[];
}
