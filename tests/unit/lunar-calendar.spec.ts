import { expect, test } from '@playwright/test';
import { statutoryHolidays } from '../../shared/calendar/holidays.js';
import { fromLunar, tetDate, toLunar } from '../../shared/calendar/lunar.js';
import { workingCalendar } from '../../shared/calendar/working-days.js';

test('Tết falls on the Vietnamese dates, including the years China differs and 1968', () => {
  expect(tetDate(1968)).toBe('1968-01-29');
  expect(tetDate(1985)).toBe('1985-01-21'); // China: 1985-02-20
  expect(tetDate(2007)).toBe('2007-02-17'); // China: 2007-02-18
  expect(tetDate(2024)).toBe('2024-02-10');
  expect(tetDate(2025)).toBe('2025-01-29');
  expect(tetDate(2026)).toBe('2026-02-17');
  expect(tetDate(2033)).toBe('2033-01-31');
});

test('lunar dates both ways, leap months included', () => {
  expect(toLunar(2025, 4, 7)).toEqual({ year: 2025, month: 3, day: 10, leap: false }); // Giỗ Tổ 2025
  expect(toLunar(2023, 3, 22)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
  expect(toLunar(2026, 2, 16)).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  expect(fromLunar({ year: 2026, month: 3, day: 10, leap: false })).toBe('2026-04-26');
  expect(fromLunar({ year: 2025, month: 2, day: 1, leap: true })).toBeUndefined();
});

test('statutory holidays of 2026: New Year, five days of Tết, Hùng Kings, 30/4, 1/5, Quốc khánh', () => {
  expect(statutoryHolidays(2026).map((holiday) => holiday.date)).toEqual([
    '2026-01-01',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-04-26',
    '2026-04-30',
    '2026-05-01',
    '2026-09-01',
    '2026-09-02',
  ]);
});

test('five working days skip weekends, holidays and the user’s days off, and count the user’s working Saturdays', () => {
  const plain = workingCalendar();
  // Tuesday 2025-10-14 → Wed, Thu, Fri, Mon, Tue.
  expect(plain.addWorkingDays('2025-10-14', 5)).toBe('2025-10-21');
  // Received on Friday 13/2/2026, the eve of Tết 2026: Tết (16–20/2) and two weekends pass.
  expect(plain.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
  // Across 30/4 and 1/5 2026 (Thursday and Friday).
  expect(plain.addWorkingDays('2026-04-28', 5)).toBe('2026-05-07');
  const adjusted = workingCalendar({ daysOff: new Set(['2025-10-15']), workingDays: new Set(['2025-10-18']) });
  expect(adjusted.addWorkingDays('2025-10-14', 5)).toBe('2025-10-21');
  expect(adjusted.isWorkingDay('2025-10-18')).toBe(true);
  expect(adjusted.isWorkingDay('2025-10-15')).toBe(false);
});
