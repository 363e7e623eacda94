import { z } from 'zod';
import { partialDate } from './fields.js';
import type { HeadLevel } from './head-level.js';

const fullDate = partialDate.refine((date) => date.length === 10, { error: 'full_date_required' });

export const periodicReportInput = z
  .strictObject({
    from: fullDate,
    to: fullDate,
    language: z.enum(['vi', 'en'], { error: 'invalid_choice' }).default('vi'),
  })
  .refine((period) => period.to >= period.from, { path: ['to'], error: 'end_before_start' });

/** A count per label (a country, a status…), largest first: one table and one bar chart. */
export interface Tally {
  label: string;
  count: number;
}

/** Visits in and out whose head held a title of this level (every level, in HEAD_LEVELS order). */
export interface LevelCount {
  level: HeadLevel;
  incoming: number;
  outgoing: number;
}

/** What a quarter, half-year or year looked like, section by section. */
export interface PeriodicReport {
  from: string;
  to: string;
  delegations: { incoming: Tally[]; outgoing: Tally[]; total: number; byLevel: LevelCount[] };
  agreements: { signed: { title: string; signedOn: string }[]; expiring: { title: string; expiresOn: string }[] };
  gifts: { received: number; reportedOnTime: number; disposed: number; byDisposition: Tally[]; given: number };
  followUps: { done: number; open: number; overdue: number };
}
