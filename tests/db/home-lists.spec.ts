import { expect, test } from '@playwright/test';
import { addMonths, format, subDays } from 'date-fns';
import type { HomeSummary } from '../../shared/domain/home.js';
import { HOME_LIST_LIMIT } from '../../main/services/home.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const day = (date: Date) => format(date, 'yyyy-MM-dd');

function twoOrganizations() {
  const hue = call<{ id: string }>(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city' });
  const gyeongju = call<{ id: string }>(app, 'organizations.create', {
    name: 'Thành phố Gyeongju',
    country: 'KR',
    kind: 'city',
  });
  return { hue, gyeongju };
}

test('the home page lists the 50 gifts whose deadline is earliest, counts the rest, and leaves out what is not due', () => {
  const { hue, gyeongju } = twoOrganizations();
  const received = (item: string, extra: object) =>
    call(app, 'gifts.create', {
      direction: 'received',
      giverOrgId: gyeongju.id,
      recipientOrgId: hue.id,
      item,
      ...extra,
    });
  // 52 unreported gifts received 30 to 81 days ago: overdue, the oldest first.
  for (let n = 0; n < 52; n++) received(`Quà ${n}`, { date: day(subDays(new Date(), 30 + n)) });
  // Reported, but the proceeds of its sale 31 days ago are still owed: overdue since yesterday, so last of the overdue.
  received('Đồng hồ đã bán', {
    date: day(subDays(new Date(), 60)),
    reportedOn: day(subDays(new Date(), 59)),
    disposition: 'sold_publicly',
    soldOn: day(subDays(new Date(), 31)),
  });
  received('Đã báo cáo', { date: day(subDays(new Date(), 200)), reportedOn: day(subDays(new Date(), 199)) });
  received('Nhận hôm nay', { date: day(new Date()) }); // its report is due in 5 working days: not yet
  call(app, 'gifts.create', {
    direction: 'given',
    date: day(subDays(new Date(), 300)),
    giverOrgId: hue.id,
    recipientOrgId: gyeongju.id,
    item: 'Nón lá',
  });

  const summary = call<HomeSummary>(app, 'home.summary', {});
  expect(summary.giftReports).toHaveLength(HOME_LIST_LIMIT);
  expect(summary.giftReportsMore).toBe(3);
  expect(summary.giftReports[0]).toMatchObject({ item: 'Quà 51', clock: 'overdue' });
  expect(summary.giftReports.map((gift) => gift.item)).toEqual(
    Array.from({ length: HOME_LIST_LIMIT }, (_, index) => `Quà ${51 - index}`),
  );
  // The whole gift is there for the line it shows.
  expect(summary.giftReports[0]).toMatchObject({ giverOrgName: 'Thành phố Gyeongju', reportDueOn: expect.any(String) });
  // "And N more" opens the register on the gifts still awaiting a report or proceeds, not yet due ones too.
  const awaiting = call<{ item: string }[]>(app, 'gifts.list', { awaitingReport: true }).map((gift) => gift.item);
  expect(awaiting).toHaveLength(54);
  expect(awaiting).toEqual(expect.arrayContaining(['Đồng hồ đã bán', 'Nhận hôm nay', 'Quà 0', 'Quà 51']));
  expect(awaiting).not.toContain('Đã báo cáo');
  expect(awaiting).not.toContain('Nón lá');
});

test('the home page lists the agreements expiring soonest within 12 months and counts the rest', () => {
  const { hue, gyeongju } = twoOrganizations();
  const agreement = (title: string, expiresOn: string, status = 'in_force') =>
    call(app, 'agreements.create', {
      kind: 'mou',
      title,
      status,
      signedOn: '2020-01-15',
      expiresOn,
      parties: [{ organizationId: hue.id }, { organizationId: gyeongju.id }],
    });
  const inMonths = (months: number) => day(addMonths(new Date(), months));
  for (let n = 1; n <= 51; n++) agreement(`Thỏa thuận ${n}`, inMonths(1 + (n % 11)));
  agreement('Đã hết hạn', day(subDays(new Date(), 1)));
  agreement('Đã chấm dứt', inMonths(1), 'terminated');
  agreement('Còn xa', inMonths(13));
  // A year-only expiry stands on 31/12 of that year: this year's is not expired, and it is within 12 months.
  agreement('Cả năm nay', day(new Date()).slice(0, 4));

  const summary = call<HomeSummary>(app, 'home.summary', {});
  expect(summary.expiring).toHaveLength(HOME_LIST_LIMIT);
  expect(summary.expiringMore).toBe(2);
  const titles = summary.expiring.map((item) => item.title);
  expect(titles).not.toContain('Đã hết hạn');
  expect(titles).not.toContain('Đã chấm dứt');
  expect(titles).not.toContain('Còn xa');
  expect(summary.expiring.every((item) => item.expired === false && item.parties.length === 2)).toBe(true);
  const placed = summary.expiring.map((item) =>
    item.expiresOn!.length === 4 ? `${item.expiresOn}-12-31` : item.expiresOn!,
  );
  expect(placed).toEqual([...placed].sort());
});
