import { expect, test } from '@playwright/test';
import { addDays, format, isWeekend, parseISO } from 'date-fns';
import { statutoryHolidays } from '../../shared/calendar/holidays.js';
import {
  DAY_MS,
  NO_ADJUSTMENTS,
  workingCalendar,
  type CalendarAdjustments,
} from '../../shared/calendar/working-days.js';

const holidaysOf = new Map<number, string[]>();
function holidays(year: number): string[] {
  if (!holidaysOf.has(year))
    holidaysOf.set(
      year,
      statutoryHolidays(year).map((holiday) => holiday.date),
    );
  return holidaysOf.get(year)!;
}

/** Working days counted one by one with date-fns, as the gift clock first did: the answer the calendar must give. */
function byDateFns(start: string, count: number, adjustments: CalendarAdjustments): string {
  let day = parseISO(start);
  let remaining = count;
  while (remaining > 0) {
    day = addDays(day, 1);
    const iso = format(day, 'yyyy-MM-dd');
    const working =
      adjustments.workingDays.has(iso) ||
      (!adjustments.daysOff.has(iso) && !isWeekend(day) && !holidays(day.getFullYear()).includes(iso));
    if (working) remaining -= 1;
  }
  return format(day, 'yyyy-MM-dd');
}

test('working days after every day of three years, asked twice (the kept answer), are those counted one by one', () => {
  const adjustments: CalendarAdjustments = {
    daysOff: new Set(['2025-10-15', '2026-12-31']),
    workingDays: new Set(['2025-10-18', '2026-02-14']),
  };
  // Gathered and compared once: an expect() per answer took most of a minute.
  const wrong: string[] = [];
  for (const days of [adjustments, NO_ADJUSTMENTS]) {
    const calendar = workingCalendar(days);
    const starts: string[] = ['2026', '2026-02', '2024-12'];
    for (let time = Date.UTC(2024, 0, 1); time <= Date.UTC(2026, 11, 31); time += DAY_MS)
      starts.push(new Date(time).toISOString().slice(0, 10));
    expect(starts.length).toBe(3 + 1096);
    for (const start of starts)
      for (const count of [1, 5, 12]) {
        const expected = byDateFns(start, count, days);
        const answers = [calendar.addWorkingDays(start, count), calendar.addWorkingDays(start, count)];
        if (answers.some((answer) => answer !== expected)) wrong.push(`${start} + ${count}: ${answers} ≠ ${expected}`);
      }
  }
  expect(wrong).toEqual([]);
});
