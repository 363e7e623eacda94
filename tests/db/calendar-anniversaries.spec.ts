import { expect, test } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { anniversariesBetween } from '../../shared/calendar/anniversaries.js';
import type { CalendarItem } from '../../shared/domain/calendar-items.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeAll(() => {
  app = openTestApp();
});
test.afterAll(() => app.close());

/**
 * The SQL keeps only origins whose round anniversary may fall in the range, to the month (db/queries/calendar-items.ts);
 * the service then cuts by the day. Against every origin's anniversaries worked out directly, over ranges of a
 * few days to three years, across months and new years, none may be lost or doubled.
 */
test('anniversaries in any range are exactly those of every origin, none lost by the SQL cut', () => {
  const origins: string[] = [];
  const organizations = Array.from({ length: 9 }, (_, index) =>
    call<{ id: string }>(app, 'organizations.create', {
      name: `Đối tác ${index}`,
      country: index === 0 ? 'VN' : 'KR',
      kind: 'city',
      isHome: index === 0,
    }),
  );
  // Whole years, months and days, in each of the five years of the cycle and at both ends of the year.
  const dates = ['1996', '1997-01', '1998-12', '1999-12-31', '2000-01-01', '2001-02-28', '2004-02-29', '2002-06-15'];
  for (const [index, since] of dates.entries()) {
    const partner = organizations[1 + index]!;
    call(app, 'relationships.create', {
      homeOrgId: organizations[0]!.id,
      partnerOrgId: partner.id,
      level: 'friendship',
      establishedOn: since,
    });
    origins.push(since);
    call(app, 'agreements.create', {
      kind: 'mou',
      title: `Bản ghi nhớ ${since}`,
      status: 'signed',
      signedOn: since,
      parties: [{ organizationId: organizations[0]!.id }, { organizationId: partner.id }],
    });
    origins.push(since);
  }
  const expected = (from: string, to: string) =>
    origins
      .flatMap((since) => anniversariesBetween(since, from, to).map((found) => `${found.date} ${found.years}`))
      .sort();
  let ranges = 0;
  for (let start = new Date(2020, 10, 1); start < new Date(2027, 2, 1); start = addDays(start, 23)) {
    for (const length of [6, 40, 75, 400, 1000]) {
      const from = format(start, 'yyyy-MM-dd');
      const to = format(addDays(start, length), 'yyyy-MM-dd');
      const found = call<CalendarItem[]>(app, 'calendar.range', { from, to, kinds: ['anniversary'] })
        .map((item) => `${item.start} ${item.years}`)
        .sort();
      expect(found, `${from}..${to}`).toEqual(expected(from, to));
      ranges += 1;
    }
  }
  expect(ranges).toBeGreaterThan(500);
});
