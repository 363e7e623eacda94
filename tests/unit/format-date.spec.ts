import { expect, test } from '@playwright/test';
import { format, parseISO } from 'date-fns';
import { enGB, vi } from 'date-fns/locale';
import { formatDateRange, formatPartialDate } from '../../renderer/src/format/date.js';

/** What date-fns writes for a partial date, the way the lists wrote it before they cut the text themselves. */
function byDateFns(iso: string, language: 'vi' | 'en'): string {
  const date = parseISO(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  const patterns = language === 'en' ? ['yyyy', 'MMM yyyy', 'd MMM yyyy'] : ['yyyy', 'MM/yyyy', 'dd/MM/yyyy'];
  return format(date, patterns[iso.length === 4 ? 0 : iso.length === 7 ? 1 : 2]!, {
    locale: language === 'en' ? enGB : vi,
  });
}

test('partial dates read as date-fns writes them: every day, month and year of a leap year and the next', () => {
  const dates: string[] = ['2024', '2025', '1999'];
  for (let day = Date.UTC(2024, 0, 1); day <= Date.UTC(2025, 11, 31); day += 86_400_000) {
    const iso = new Date(day).toISOString().slice(0, 10);
    dates.push(iso);
    if (iso.endsWith('-01')) dates.push(iso.slice(0, 7));
  }
  expect(dates.length).toBe(3 + 731 + 24);
  for (const iso of dates)
    for (const language of ['vi', 'en'] as const)
      expect(formatPartialDate(iso, language), iso).toBe(byDateFns(iso, language));
  expect(formatPartialDate('2025-10-14', 'vi')).toBe('14/10/2025');
  expect(formatPartialDate('2025-10-04', 'en')).toBe('4 Oct 2025');
  expect(formatPartialDate('2025-10', 'en')).toBe('Oct 2025');
  expect(formatDateRange('2024-10-19', '2024-10-22', 'vi')).toBe('19/10/2024 – 22/10/2024');
  // The year as stored (date-fns' "yyyy", the year of the era, wrote the year 0000 as 0001).
  expect(formatPartialDate('0000', 'vi')).toBe('0000');
  expect(formatPartialDate('0099-03', 'en')).toBe('Mar 0099');
});

test('a date that is not one is still refused, not written', () => {
  for (const bad of ['2025-02-29', '2025-13', 'abcd'])
    for (const language of ['vi', 'en']) expect(() => formatPartialDate(bad, language), bad).toThrow(RangeError);
});
