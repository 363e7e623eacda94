import { expect, test } from '@playwright/test';
import { deadlinesOf } from '../../main/services/gift-clock.js';
import { NO_ADJUSTMENTS } from '../../shared/calendar/working-days.js';
import type { GiftDeadlineDates } from '../../db/queries/gifts.js';

/** Received on Tuesday 14/10/2025: the report is due five working days later, on Tuesday 21/10. */
const received: GiftDeadlineDates = {
  id: 'g1',
  direction: 'received',
  date: '2025-10-14',
  reportedOn: null,
  soldOn: null,
  proceedsRemittedOn: null,
};

test('the clock of a report: ok until three days before it is due, due soon up to its day, overdue after', () => {
  const clockOn = (today: string) => deadlinesOf(received, NO_ADJUSTMENTS, today).clock;
  expect(deadlinesOf(received, NO_ADJUSTMENTS, '2025-10-14')).toEqual({
    reportDueOn: '2025-10-21',
    proceedsDueOn: null,
    clock: 'ok',
  });
  expect(clockOn('2025-10-17')).toBe('ok');
  expect(clockOn('2025-10-18')).toBe('due_soon');
  expect(clockOn('2025-10-21')).toBe('due_soon');
  expect(clockOn('2025-10-22')).toBe('overdue');
  // Received on Wednesday 24/12/2025, due on Wednesday 31/12: the days counted across the month's and the year's end.
  const yearEnd = (today: string) => deadlinesOf({ ...received, date: '2025-12-24' }, NO_ADJUSTMENTS, today);
  expect(yearEnd('2025-12-27')).toMatchObject({ reportDueOn: '2025-12-31', clock: 'ok' });
  expect(yearEnd('2025-12-28').clock).toBe('due_soon');
  expect(yearEnd('2025-12-31').clock).toBe('due_soon');
  expect(yearEnd('2026-01-01').clock).toBe('overdue');
  expect(deadlinesOf({ ...received, reportedOn: '2025-10-20' }, NO_ADJUSTMENTS, '2025-12-01').clock).toBe('ok');
});

test('proceeds are due 30 days after a public sale; the worse clock shows; a given gift has none', () => {
  const sold = { ...received, reportedOn: '2025-10-20', soldOn: '2025-11-20' };
  expect(deadlinesOf(sold, NO_ADJUSTMENTS, '2025-12-16')).toMatchObject({ proceedsDueOn: '2025-12-20', clock: 'ok' });
  expect(deadlinesOf(sold, NO_ADJUSTMENTS, '2025-12-17').clock).toBe('due_soon');
  expect(deadlinesOf(sold, NO_ADJUSTMENTS, '2025-12-21').clock).toBe('overdue');
  expect(deadlinesOf({ ...sold, proceedsRemittedOn: '2025-12-19' }, NO_ADJUSTMENTS, '2026-03-01').clock).toBe('ok');
  // Not reported and the proceeds only due soon: the report's overdue clock shows.
  expect(deadlinesOf({ ...sold, reportedOn: null }, NO_ADJUSTMENTS, '2025-12-17').clock).toBe('overdue');
  expect(deadlinesOf({ ...received, direction: 'given' }, NO_ADJUSTMENTS, '2025-10-22')).toEqual({
    reportDueOn: null,
    proceedsDueOn: null,
    clock: 'none',
  });
});
