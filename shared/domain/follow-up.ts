import { z } from 'zod';
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

export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export const FOLLOW_UP_PRIORITIES = ['low', 'normal', 'high'] as const;
export const FOLLOW_UP_SOURCES = ['delegation', 'agreement'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export type FollowUpPriority = (typeof FOLLOW_UP_PRIORITIES)[number];
export type FollowUpSource = (typeof FOLLOW_UP_SOURCES)[number];

const fullDate = partialDate.refine((date) => date.length === 10, { error: 'full_date_required' });

const followUpFields = z.strictObject({
  text: requiredText(NOTES_MAX),
  /** Where the commitment came from: a delegation or an agreement, or nowhere recorded. */
  sourceKind: choice(FOLLOW_UP_SOURCES).nullable().default(null),
  sourceId: recordId.nullable().default(null),
  organizationId: recordId.nullable().default(null),
  /** A staff member's name, as the department writes it. */
  owner: optionalText(NAME_MAX),
  /** Often only a year ("2026") or a month. */
  due: partialDate.nullable().default(null),
  status: choice(FOLLOW_UP_STATUSES).default('open'),
  priority: choice(FOLLOW_UP_PRIORITIES).default('normal'),
  doneOn: fullDate.nullable().default(null),
  notes: optionalNotes(NOTES_MAX),
});

export const followUpInput = followUpFields;
export const followUpUpdate = followUpFields.extend({ id: recordId });
export type FollowUpInput = z.input<typeof followUpInput>;
export type FollowUpFields = z.output<typeof followUpInput>;

export const progressNoteInput = z.strictObject({
  followUpId: recordId,
  on: fullDate,
  text: requiredText(NOTES_MAX),
});

export const markDoneInput = z.strictObject({
  id: recordId,
  doneOn: fullDate,
  note: optionalNotes(NOTES_MAX),
});

export interface ProgressNote {
  id: string;
  on: string;
  text: string;
}

export interface FollowUp extends FollowUpFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  organizationName: string | null;
  /** What the source is called: "Thành phố Hà Nội → Tỉnh Gyeonggi", or the agreement's title. */
  sourceLabel: string | null;
  /** The source's date (visit start, signing), to show beside its label. */
  sourceDate: string | null;
  progress: ProgressNote[];
  overdue: boolean;
}

export const followUpFilter = z.strictObject({
  query: searchQuery,
  owner: optionalText(NAME_MAX),
  /** false: only open and in-progress ones. */
  includeClosed: z.boolean({ error: 'invalid' }).default(false),
  organizationId: recordId.nullable().default(null),
  sourceId: recordId.nullable().default(null),
});

/** The follow-up list's filter, and which rows of it: `offset` rows skipped, at most `limit` returned. */
export const followUpPageInput = followUpFilter.extend(pageBounds);

/** One page of the follow-up list (overdue first, then by due date). */
export type FollowUpListPage = ListPage<FollowUp>;
