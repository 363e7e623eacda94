import type { Store } from '../connection.js';
import type { CalendarAdjustments } from '../../shared/calendar/working-days.js';
import type { CalendarAdjustment } from '../../shared/domain/calendar.js';

export function listCalendarAdjustments(db: Store): CalendarAdjustment[] {
  return db
    .prepare<[], CalendarAdjustment>(
      'SELECT id, date, kind, name FROM calendar_adjustments WHERE deleted_at IS NULL ORDER BY date',
    )
    .all();
}

/** The user's adjustments as the working-day calendar takes them. */
export function calendarAdjustments(db: Store): CalendarAdjustments {
  const all = listCalendarAdjustments(db);
  return {
    daysOff: new Set(all.filter((entry) => entry.kind === 'day_off').map((entry) => entry.date)),
    workingDays: new Set(all.filter((entry) => entry.kind === 'working_day').map((entry) => entry.date)),
  };
}
