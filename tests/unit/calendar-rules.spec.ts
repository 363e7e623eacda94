import { expect, test } from '@playwright/test';
import { anniversariesBetween } from '../../shared/calendar/anniversaries.js';
import { toIcs } from '../../shared/calendar/ics.js';
import { placeOnCalendar, rangeTooLong } from '../../shared/calendar/placement.js';

test('partial dates stand on the last day of their period', () => {
  expect(placeOnCalendar('2026')).toBe('2026-12-31');
  expect(placeOnCalendar('2026-02')).toBe('2026-02-28');
  expect(placeOnCalendar('2024-02')).toBe('2024-02-29');
  expect(placeOnCalendar('2025-10-14')).toBe('2025-10-14');
  expect(rangeTooLong('2025-01-01', '2028-01-01')).toBe(false);
  expect(rangeTooLong('2025-01-01', '2028-01-02')).toBe(true);
});

test('round anniversaries every five years, computed from the origin', () => {
  // Hanoi–Seoul ties since 1996: the 30th falls in 2026, placed on 31/12 as the origin is a year.
  expect(anniversariesBetween('1996', '2026-01-01', '2026-12-31')).toEqual([{ date: '2026-12-31', years: 30 }]);
  expect(anniversariesBetween('2015-10-14', '2025-01-01', '2035-12-31')).toEqual([
    { date: '2025-10-14', years: 10 },
    { date: '2030-10-14', years: 15 },
    { date: '2035-10-14', years: 20 },
  ]);
  expect(anniversariesBetween('2016-02-29', '2021-01-01', '2021-12-31')).toEqual([{ date: '2021-02-28', years: 5 }]);
  expect(anniversariesBetween('2024-10', '2024-01-01', '2028-12-31')).toEqual([]);
  expect(anniversariesBetween('2020-06-01', '2025-06-02', '2025-12-31')).toEqual([]);
});

test('iCalendar: CRLF lines, exclusive all-day ends, escaped text, folded long lines', () => {
  const text = toIcs(
    [
      {
        uid: 'a@protocol-desk',
        summary: 'Đoàn vào: Gyeongju → Huế, hội nghị; OWHC',
        start: '2025-10-14',
        end: '2025-10-16',
      },
      { uid: 'b@protocol-desk', summary: 'Hội kiến '.repeat(20), start: '2024-10-22T09:30', end: null },
    ],
    new Date('2026-11-24T04:00:00Z'),
  );
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('DTSTART;VALUE=DATE:20251014\r\nDTEND;VALUE=DATE:20251017');
  expect(text).toContain('SUMMARY:Đoàn vào: Gyeongju → Huế\\, hội nghị\\; OWHC');
  expect(text).toContain('DTSTART:20241022T093000\r\nDTEND:20241022T103000');
  expect(text).toContain('DTSTAMP:20261124T040000Z');
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n /g, '');
  expect(unfolded).toContain(`SUMMARY:${'Hội kiến '.repeat(20)}`);
});
