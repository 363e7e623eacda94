/**
 * SQL for placeOnCalendar (shared/calendar/placement.ts): a partial date on the last day of its period,
 * "2026" on 2026-12-31, "2026-10" on 2026-10-31, a full date (or a time) on its day. Migration 80 indexes
 * the follow-ups' due written exactly so (an expression index is used only for the same expression).
 */
export function placedDay(column: string): string {
  return `CASE length(${column}) WHEN 4 THEN ${column} || '-12-31'
                     WHEN 7 THEN date(${column} || '-01', '+1 month', '-1 day') ELSE substr(${column}, 1, 10) END`;
}
