import { statutoryHolidays } from './holidays.js';

/** Days the user added to the statutory list: extra days off, and Saturdays/Sundays worked in exchange. */
export interface CalendarAdjustments {
  daysOff: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
}

/** A day in milliseconds: whole days stepped in UTC arithmetic. */
export const DAY_MS = 86_400_000;

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
  /** `weekday`: the date's day of the week (0 Sunday … 6 Saturday), which the stepping below has at hand. */
  function isWorkingDate(date: string, weekday: number): boolean {
    if (adjustments.workingDays.has(date)) return true;
    if (adjustments.daysOff.has(date)) return false;
    return weekday !== 0 && weekday !== 6 && !isHoliday(date);
  }
  function isWorkingDay(date: string): boolean {
    return isWorkingDate(date, new Date(`${date}T00:00:00Z`).getUTCDay());
  }
  /**
   * The date `count` working days after `start` (the start day itself never counts). Days are stepped in
   * UTC arithmetic: a gift register runs this for every gift, and date-fns' parse and format per day were
   * a third of the briefing sheet's time (tests/bench/README.md).
   */
  function stepWorkingDays(start: string, count: number): string {
    // A partial start stands for its first day, as date-fns' parseISO read it.
    let date = `${start}-01-01`.slice(0, 10);
    let time = Date.parse(`${date}T00:00:00Z`);
    let remaining = count;
    while (remaining > 0) {
      time += DAY_MS;
      const day = new Date(time);
      date = day.toISOString().slice(0, 10);
      if (isWorkingDate(date, day.getUTCDay())) remaining -= 1;
    }
    return date;
  }
  /**
   * Answers kept per start and count for the calendar's life (one request's: gift-clock.ts): the home page works
   * out the clock of every gift awaiting a report, at ministry scale 1,376 gifts received on 199 days. Safe because
   * a calendar's adjustments never change: a change made by the user is a new calendar.
   */
  const answers = new Map<string, string>();
  function addWorkingDays(start: string, count: number): string {
    const key = `${start} ${count}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = stepWorkingDays(start, count);
      answers.set(key, answer);
    }
    return answer;
  }
  return { isWorkingDay, addWorkingDays };
}
