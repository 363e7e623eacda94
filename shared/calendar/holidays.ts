import { addDays, format, parseISO } from 'date-fns';
import { fromLunar, tetDate } from './lunar.js';

export interface Holiday {
  date: string;
  name: string;
}

function day(year: number, month: number, dayOfMonth: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/**
 * Vietnam's public holidays of a year under the Labour Code 2019 (art. 112): New Year, five days of Tết
 * (the last day of the lunar year and the first four of the new), Hùng Kings' day (10/3 lunar),
 * 30/4, 1/5, and 2/9 with one adjacent day (taken here as 1/9). Days the Government moves each year
 * (compensation days, swapped working Saturdays) are data the user adds in settings.
 */
export function statutoryHolidays(year: number): Holiday[] {
  // Pure and costly (the lunar new moons are computed): a gift register asks the same few years thousands of times.
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = computeHolidays(year);
    byYear.set(year, holidays);
  }
  return holidays.map((holiday) => ({ ...holiday }));
}

const byYear = new Map<number, Holiday[]>();

function computeHolidays(year: number): Holiday[] {
  const tet = parseISO(tetDate(year));
  const tetDays = [-1, 0, 1, 2, 3].map((offset) => ({
    date: format(addDays(tet, offset), 'yyyy-MM-dd'),
    name: 'Tết Nguyên đán',
  }));
  return [
    { date: day(year, 1, 1), name: 'Tết Dương lịch' },
    ...tetDays,
    { date: fromLunar({ year, month: 3, day: 10, leap: false })!, name: 'Giỗ Tổ Hùng Vương' },
    { date: day(year, 4, 30), name: 'Ngày Giải phóng miền Nam' },
    { date: day(year, 5, 1), name: 'Ngày Quốc tế Lao động' },
    { date: day(year, 9, 1), name: 'Quốc khánh' },
    { date: day(year, 9, 2), name: 'Quốc khánh' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}
