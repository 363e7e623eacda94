import { addDays, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract.js';
import { callApi } from '../api/client.js';

type MonthGridInput = MethodInput<'calendar.month'>;

/** The calendar's weeks start on Monday: FullCalendar's firstDay, and the days asked for early. */
export const FIRST_DAY_OF_WEEK = 1;

/**
 * The 42 days the month view shows for a day of that month: six whole weeks from the Monday on or before the
 * 1st (FullCalendar's month view always draws six weeks).
 */
export function monthGridDays(date: string): { from: string; to: string } {
  const first = startOfWeek(startOfMonth(parseISO(date)), { weekStartsOn: FIRST_DAY_OF_WEEK });
  return { from: format(first, 'yyyy-MM-dd'), to: format(addDays(first, 41), 'yyyy-MM-dd') };
}

/**
 * The month grid asked for as soon as the calendar page starts to draw. FullCalendar asks for its items only
 * once it has mounted, and on a busy month the store's answer then came a third of the way into the wait; asked
 * at the start, it arrives while the page is drawn. Requests for the same days and filters take it until the page
 * is on screen (`forgetEarlyMonthGrid`): React may draw a page more than once before showing it (a drawing interrupted
 * and started again), and each drawing asks and builds its FullCalendar again.
 */
let early: { key: string; grid: Promise<MethodOutput<'calendar.month'>> } | undefined;

const keyOf = (input: MonthGridInput) =>
  JSON.stringify([input.from, input.to, input.kinds, input.direction, input.country, input.organizationId]);

export function askMonthGridEarly(input: MonthGridInput): void {
  const key = keyOf(input);
  if (early?.key === key) return;
  early = { key, grid: callApi('calendar.month', input) };
  // A request no view takes (the page was left at once) must not be an unhandled rejection.
  early.grid.catch(() => undefined);
}

/** The month grid for these days and filters: the early answer when it was asked for them, else a new request. */
export function monthGrid(input: MonthGridInput): Promise<MethodOutput<'calendar.month'>> {
  return early?.key === keyOf(input) ? early.grid : callApi('calendar.month', input);
}

/**
 * Once the page is on screen, or the app has gone elsewhere: later requests (another month, filters, a return to the
 * page) ask the store.
 */
export function forgetEarlyMonthGrid(): void {
  early = undefined;
}
