import { isLeapYear } from 'date-fns';
import { placeOnCalendar } from './placement.js';

/** Round anniversaries are every five years: 5th, 10th, 15th… */
export const ANNIVERSARY_STEP = 5;

export interface Anniversary {
  date: string;
  years: number;
}

/**
 * The round anniversaries of `since` (a partial date) falling between `from` and `to` (inclusive).
 * A partial origin is placed by the calendar rule in each anniversary year ("1996" → 31/12);
 * 29 February becomes 28 February in common years.
 */
export function anniversariesBetween(since: string, from: string, to: string): Anniversary[] {
  const originYear = Number(since.slice(0, 4));
  const found: Anniversary[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const years = year - originYear;
    if (years <= 0 || years % ANNIVERSARY_STEP !== 0) continue;
    let date = placeOnCalendar(`${year}${since.slice(4)}`);
    if (date.endsWith('-02-29') && !isLeapYear(new Date(year, 0, 1))) date = `${year}-02-28`;
    if (date >= from && date <= to) found.push({ date, years });
  }
  return found;
}
