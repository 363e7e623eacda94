import { statutoryHolidays } from '../../shared/calendar/holidays.js';
import { listCalendarAdjustments } from '../../db/queries/calendar.js';
import { saveCalendarAdjustment } from '../../db/mutations/calendar.js';
import { softDelete } from '../../db/mutations/soft-delete.js';
import { mustExist } from './errors.js';
import type { Handlers } from './handler.js';

export const calendarHandlers = {
  /** The statutory holidays of a year and the user's own days off / working days. */
  'calendar.holidays': (ctx, { year }) => ({
    statutory: statutoryHolidays(year),
    adjustments: listCalendarAdjustments(ctx.db),
  }),

  'calendar.saveAdjustment': (ctx, entry) =>
    ctx.write((change) => {
      const id = saveCalendarAdjustment(ctx.db, change, entry);
      return { id, ...entry };
    }),

  'calendar.deleteAdjustment': (ctx, { id }) =>
    ctx.write((change) => {
      const found = mustExist(
        listCalendarAdjustments(ctx.db).find((entry) => entry.id === id),
        'calendar adjustment',
        id,
      );
      softDelete(ctx.db, change, 'calendar_adjustment', found);
      return { id };
    }),
} satisfies Partial<Handlers>;
