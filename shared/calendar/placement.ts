import { addYears, endOfMonth, format, parseISO } from 'date-fns';

/**
 * Where a partial date goes on a calendar — one rule everywhere: on the last day of its period.
 * A due of "2026" shows on 31/12/2026, "2026-10" on 31/10/2026; a full date stays where it is.
 * (Staff read "in 2026" as "by the end of 2026".)
 */
export function placeOnCalendar(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) return format(endOfMonth(parseISO(`${partial}-01`)), 'yyyy-MM-dd');
  return partial.slice(0, 10);
}

/** How precise a partial date is. */
export function precisionOf(partial: string): 'year' | 'month' | 'day' {
  return partial.length === 4 ? 'year' : partial.length === 7 ? 'month' : 'day';
}

/** The longest range one calendar query may ask for. */
export const CALENDAR_RANGE_YEARS = 3;

export function rangeTooLong(from: string, to: string): boolean {
  return to > format(addYears(parseISO(from), CALENDAR_RANGE_YEARS), 'yyyy-MM-dd');
}
