import { addDays, format, isWeekend, parseISO } from 'date-fns';
import { statutoryHolidays } from './holidays.js';

/** Days the user added to the statutory list: extra days off, and Saturdays/Sundays worked in exchange. */
export interface CalendarAdjustments {
  daysOff: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
}

export const NO_ADJUSTMENTS: CalendarAdjustments = { daysOff: new Set(), workingDays: new Set() };

/** A calendar of days off: weekends and public holidays, then the user's adjustments on top. */
export function workingCalendar(adjustments: CalendarAdjustments = NO_ADJUSTMENTS) {
  const holidaysByYear = new Map<number, Set<string>>();
  function isHoliday(date: string): boolean {
    const year = Number(date.slice(0, 4));
    let holidays = holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Set(statutoryHolidays(year).map((holiday) => holiday.date));
      holidaysByYear.set(year, holidays);
    }
    return holidays.has(date);
  }
  function isWorkingDay(date: string): boolean {
    if (adjustments.workingDays.has(date)) return true;
    if (adjustments.daysOff.has(date)) return false;
    return !isWeekend(parseISO(date)) && !isHoliday(date);
  }
  /** The date `count` working days after `start` (the start day itself never counts). */
  function addWorkingDays(start: string, count: number): string {
    let date = parseISO(start);
    let remaining = count;
    while (remaining > 0) {
      date = addDays(date, 1);
      if (isWorkingDay(format(date, 'yyyy-MM-dd'))) remaining -= 1;
    }
    return format(date, 'yyyy-MM-dd');
  }
  return { isWorkingDay, addWorkingDays };
}
