/**
 * SQL for placeOnCalendar (shared/calendar/placement.ts): a partial date on the last day of its period,
 * "2026" on 2026-12-31, "2026-10" on 2026-10-31, a full date (or a time) on its day. Migration 80 indexes
 * the follow-ups' due written exactly so (an expression index is used only for the same expression).
 */
/** `partial`: a column or a parameter holding a partial date. */
export function placedDay(partial: string): string {
  return `CASE length(${partial}) WHEN 4 THEN ${partial} || '-12-31'
                     WHEN 7 THEN date(${partial} || '-01', '+1 month', '-1 day') ELSE substr(${partial}, 1, 10) END`;
}
