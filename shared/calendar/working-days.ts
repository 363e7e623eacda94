import { statutoryHolidays } from './holidays.js';

/** Days the user added to the statutory list: extra days off, and Saturdays/Sundays worked in exchange. */
export interface CalendarAdjustments {
  daysOff: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;

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
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !isHoliday(date);
  }
  /**
   * The date `count` working days after `start` (the start day itself never counts). Days are stepped in
   * UTC arithmetic: a gift register runs this for every gift, and date-fns' parse and format per day were
   * a third of the briefing sheet's time (tests/bench/README.md).
   */
  function addWorkingDays(start: string, count: number): string {
    // A partial start stands for its first day, as date-fns' parseISO read it.
    let date = `${start}-01-01`.slice(0, 10);
    let time = Date.parse(`${date}T00:00:00Z`);
    let remaining = count;
    while (remaining > 0) {
      time += DAY_MS;
      date = new Date(time).toISOString().slice(0, 10);
      if (isWorkingDay(date)) remaining -= 1;
    }
    return date;
  }
  return { isWorkingDay, addWorkingDays };
}
