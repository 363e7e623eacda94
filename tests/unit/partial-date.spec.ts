import { expect, test } from '@playwright/test';
import { endNotBeforeStart, isPartialDate } from '../../shared/text/partial-date.js';

test('partial dates: year, month or day, and only real days', () => {
  for (const good of ['2026', '2026-10', '2025-10-14', '2024-02-29']) expect(isPartialDate(good), good).toBe(true);
  for (const bad of [
    '',
    '26',
    '2026-13',
    '2026-00',
    '2025-02-29',
    '2025-04-31',
    '2025-10-14T10:00',
    '14/10/2025',
    'abcd',
  ]) {
    expect(isPartialDate(bad), bad).toBe(false);
  }
});

test('end before start is judged at the precision both have', () => {
  expect(endNotBeforeStart('2024-10-19', '2024-10-22')).toBe(true);
  expect(endNotBeforeStart('2024-10-19', '2024-10-19')).toBe(true);
  expect(endNotBeforeStart('2025-10-14', '2025-10')).toBe(true);
  expect(endNotBeforeStart('2025-10-20', '2025-10-19')).toBe(false);
  expect(endNotBeforeStart('2025-10-14', '2025-09-30')).toBe(false);
  expect(endNotBeforeStart('2025', '2024-12')).toBe(false);
});
