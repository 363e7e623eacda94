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
 * The SQL keeps only origins whose round anniversary may fall in the range, to the day where it can (db/queries/round-years.ts);
 * the service then cuts by the day. Against every origin's anniversaries worked out directly, over ranges of a
 * few days to three years, across months and new years, none may be lost or doubled.
 */
test('anniversaries in any range are exactly those of every origin, none lost by the SQL cut', () => {
  const origins: string[] = [];
  // Whole years, months and days, in each of the five years of the cycle and at both ends of the year; months of 28
  // (or 29), 30 and 31 days, which stand on their last day; a 29 February, which stands on the 28th in common years.
  const dates = [
    '1996',
    '1997-01',
    '1998-12',
    '1999-12-31',
    '2000-01-01',
    '2001-02-28',
    '2004-02-29',
    '2002-06-15',
    '1997-02',
    '2003-04',
    '2002-03-31',
    '2000-02',
  ];
  const organizations = Array.from({ length: dates.length + 1 }, (_, index) =>
    call<{ id: string }>(app, 'organizations.create', {
      name: `Đối tác ${index}`,
      country: index === 0 ? 'VN' : 'KR',
      kind: 'city',
      isHome: index === 0,
    }),
  );
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
  const check = (from: string, to: string) => {
    const found = call<CalendarItem[]>(app, 'calendar.range', { from, to, kinds: ['anniversary'] })
      .map((item) => `${item.start} ${item.years}`)
      .sort();
    expect(found, `${from}..${to}`).toEqual(expected(from, to));
    ranges += 1;
  };
  // Ranges that start or end on the days the SQL's keys stand for: the end of February, of 30- and 31-day months,
  // of the year.
  for (let year = 2021; year <= 2030; year++) {
    for (const [from, to] of [
      ['02-27', '02-28'],
      ['02-28', '02-28'],
      ['02-29', '03-01'],
      ['02-28', '03-01'],
      ['01-31', '02-01'],
      ['03-30', '03-31'],
      ['03-31', '03-31'],
      ['04-29', '04-30'],
      ['04-30', '05-02'],
      ['02-01', '02-27'],
      ['12-30', '12-31'],
    ] as const) {
      if (from === '02-29' && year % 4 !== 0) continue;
      check(`${year}-${from}`, `${year}-${to}`);
    }
    check(`${year}-12-31`, `${year + 1}-01-01`);
  }
  for (let start = new Date(2020, 10, 1); start < new Date(2027, 2, 1); start = addDays(start, 23)) {
    for (const length of [6, 40, 75, 400, 1000]) {
      check(format(start, 'yyyy-MM-dd'), format(addDays(start, length), 'yyyy-MM-dd'));
    }
  }
  expect(ranges).toBeGreaterThan(600);
});
