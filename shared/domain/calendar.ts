import { z } from 'zod';
import { choice, NAME_MAX, optionalText, partialDate } from './fields.js';

export const ADJUSTMENT_KINDS = ['day_off', 'working_day'] as const;

/** A day the user moved: an extra day off (nghỉ bù) or a weekend day worked (làm bù). */
export interface CalendarAdjustment {
  id: string;
  date: string;
  kind: (typeof ADJUSTMENT_KINDS)[number];
  name: string;
}

export const calendarAdjustmentInput = z.strictObject({
  date: partialDate.refine((date) => date.length === 10, { error: 'full_date_required' }),
  kind: choice(ADJUSTMENT_KINDS),
  name: optionalText(NAME_MAX),
});

export const yearInput = z.strictObject({
  year: z
    .number({ error: 'not_a_number' })
    .int({ error: 'whole_number' })
    .min(1900, { error: 'out_of_range' })
    .max(2100, { error: 'out_of_range' }),
});
