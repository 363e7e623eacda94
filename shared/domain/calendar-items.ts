import { z } from 'zod';
import { rangeTooLong } from '../calendar/placement.js';
import { DELEGATION_DIRECTIONS, type EngagementKind } from './delegation.js';
import { isPartialDate } from '../text/partial-date.js';
import { choice, partialDate, recordId } from './fields.js';

export const CALENDAR_KINDS = ['delegation', 'engagement', 'follow_up', 'agreement_expiry', 'anniversary'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** One thing on the calendar, pointing at the record it comes from. */
export interface CalendarItem {
  /** Unique on the calendar (a record may give several items, e.g. anniversaries). */
  key: string;
  kind: CalendarKind;
  title: string;
  /** "YYYY-MM-DD", or "YYYY-MM-DDTHH:mm" for a programme item with a time. */
  start: string;
  /** Last day, inclusive, for multi-day visits; null for one-day items. */
  end: string | null;
  /** How precise the source date was: a "year" item stands on 31 December by the placement rule. */
  precision: 'year' | 'month' | 'day';
  direction: 'incoming' | 'outgoing' | null;
  entity: 'delegation' | 'follow_up' | 'agreement' | 'relationship';
  entityId: string;
  /** The record to open (a relationship opens its partner's dossier). */
  openId: string;
  /** For anniversaries: how many years. */
  years: number | null;
  /** For programme items: hội kiến, tiếp, làm việc… */
  engagementKind: EngagementKind | null;
  /** A visit recorded with its end before its start (old data): shown on its start day, and said so. */
  endBeforeStart: boolean;
}

const fullDate = partialDate.refine((date) => date.length === 10, { error: 'full_date_required' });

export const calendarRangeInput = z
  .strictObject({
    from: fullDate,
    to: fullDate,
    kinds: z.array(choice(CALENDAR_KINDS), { error: 'invalid' }).default([...CALENDAR_KINDS]),
    direction: choice(DELEGATION_DIRECTIONS).nullable().default(null),
    country: z
      .string({ error: 'invalid' })
      .length(2, { error: 'unknown_country' })
      .toUpperCase()
      .nullable()
      .default(null),
    organizationId: recordId.nullable().default(null),
  })
  .superRefine((range, ctx) => {
    // Zod runs this even when a date above already failed (its issues do not abort): compare real days only,
    // or the date arithmetic throws on "" or 2025-02-30 instead of the field being named.
    const day = (date: string) => date.length === 10 && isPartialDate(date);
    if (!day(range.from) || !day(range.to)) return;
    if (range.to < range.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' });
    else if (rangeTooLong(range.from, range.to))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' });
  });
export type CalendarRange = z.output<typeof calendarRangeInput>;
