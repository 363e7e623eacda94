import { expect, test } from '@playwright/test';
import { format } from 'date-fns';
import type { CalendarItem } from '../../shared/domain/calendar-items.js';
import type { HomeSummary } from '../../shared/domain/home.js';
import { call, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const range = (from: string, to: string, extra: object = {}) =>
  call<CalendarItem[]>(app, 'calendar.range', { from, to, ...extra }).map(
    (item) => `${item.kind} ${item.start}${item.end ? `..${item.end}` : ''}`,
  );

test('the home page lists the 50 most overdue follow-ups first and counts the rest', () => {
  // 53 overdue (the oldest due in 2001), a year-only due standing on 31/12 of a past year, and one far ahead.
  for (let day = 1; day <= 52; day++)
    call(app, 'followUps.create', {
      text: `Việc ${day}`,
      due: `2001-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`,
    });
  call(app, 'followUps.create', { text: 'Cả năm 2000', due: '2000' });
  call(app, 'followUps.create', { text: 'Xa lắm', due: '2099-01-01' });
  call(app, 'followUps.create', { text: 'Đã xong', due: '1999-01-01', status: 'done', doneOn: '1999-01-01' });
  const summary = call<HomeSummary>(app, 'home.summary', {});
  expect(summary.followUps).toHaveLength(50);
  expect(summary.followUpsMore).toBe(3);
  expect(summary.followUps[0]).toMatchObject({ text: 'Cả năm 2000', overdue: true });
  const dues = summary.followUps.slice(1).map((followUp) => followUp.due!);
  expect(dues).toEqual([...dues].sort());
  expect(summary.followUps.map((followUp) => followUp.text)).not.toContain('Xa lắm');
});

test('a month holds the visits, programme, due dates, expiries and anniversaries that fall in it', () => {
  call(app, 'sampleData.load', {});
  expect(range('2024-10-01', '2024-10-31')).toEqual([
    'delegation 2024-10-19..2024-10-22',
    'engagement 2024-10-21',
    'engagement 2024-10-22',
    'engagement 2024-10-22',
  ]);
  // A visit spanning a month boundary is in both months.
  const hue = call(app, 'organizations.list', { query: 'hue' }) as unknown as { id: string }[];
  const nara = call(app, 'organizations.list', { query: 'tinh nara' }) as unknown as { id: string }[];
  call(app, 'delegations.create', {
    direction: 'outgoing',
    visitingOrgId: hue[0]!.id,
    hostOrgId: nara[0]!.id,
    startDate: '2026-03-30',
    endDate: '2026-04-02',
  });
  expect(range('2026-03-01', '2026-03-31', { kinds: ['delegation'] })).toEqual(['delegation 2026-03-30..2026-04-02']);
  expect(range('2026-04-01', '2026-04-30', { kinds: ['delegation'] })).toEqual(['delegation 2026-03-30..2026-04-02']);
  expect(range('2026-05-01', '2026-05-31', { kinds: ['delegation'] })).toEqual([]);
});

test('partial dates by the rule: a due of "2026" is on 31/12/2026; the 30th anniversary of 1996 ties too', () => {
  call(app, 'sampleData.load', {});
  const december = call<CalendarItem[]>(app, 'calendar.range', { from: '2026-12-01', to: '2026-12-31' });
  expect(december.map((item) => [item.kind, item.start, item.precision, item.years])).toEqual([
    ['anniversary', '2026-12-31', 'year', 30],
    ['follow_up', '2026-12-31', 'year', null],
  ]);
  expect(range('2026-11-01', '2026-11-30')).toEqual([]);
});

test('filters: kinds, direction, country, organisation', () => {
  call(app, 'sampleData.load', {});
  const all = ['2023-01-01', '2025-12-31'] as const;
  expect(
    range(...all, { direction: 'outgoing' }).every(
      (line) => line.startsWith('delegation') || line.startsWith('engagement'),
    ),
  ).toBe(true);
  expect(range(...all, { kinds: ['delegation'], country: 'JP' })).toEqual(['delegation 2023-12-31']);
  expect(range(...all, { kinds: ['delegation'], direction: 'incoming' })).toEqual([
    'delegation 2023-12-31',
    'delegation 2025-10-14',
  ]);
  const gyeonggi = call(app, 'organizations.list', { query: 'gyeonggi' }) as unknown as { id: string }[];
  expect(range(...all, { kinds: ['delegation'], organizationId: gyeonggi[0]!.id })).toEqual([
    'delegation 2024-10-19..2024-10-22',
  ]);
});

test('bad ranges are refused; a visit whose end came before its start (old data) shows on its start day', () => {
  expect(dispatchNow(app, 'calendar.range', { from: '2025-01-01', to: '2028-06-01' })).toMatchObject({
    ok: false,
    error: { fields: { to: 'range_too_long' } },
  });
  expect(dispatchNow(app, 'calendar.range', { from: '2025-02-01', to: '2025-01-01' })).toMatchObject({
    ok: false,
    error: { fields: { to: 'end_before_start' } },
  });
  expect(dispatchNow(app, 'calendar.range', { from: '2025-13-01', to: '2025-12-31' })).toMatchObject({
    ok: false,
    error: { fields: { from: 'invalid_date' } },
  });
  const a = call(app, 'organizations.create', { name: 'A', country: 'VN', kind: 'city' });
  const b = call(app, 'organizations.create', { name: 'B', country: 'KR', kind: 'city' });
  const visit = call(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: b.id,
    hostOrgId: a.id,
    startDate: '2025-05-10',
  });
  app.db.prepare("UPDATE delegations SET end_date = '2025-05-01' WHERE id = ?").run(visit.id);
  expect(range('2025-05-01', '2025-05-31', { kinds: ['delegation'] })).toEqual(['delegation 2025-05-10']);
  expect(call<CalendarItem[]>(app, 'calendar.range', { from: '2025-05-01', to: '2025-05-31' })[0]!.endBeforeStart).toBe(
    true,
  );
});

test('the home summary lists what needs attention, and nothing when there is nothing', () => {
  const empty = call<HomeSummary>(app, 'home.summary', {});
  expect([empty.visits, empty.followUps, empty.giftReports, empty.expiring, empty.anniversaries]).toEqual([
    [],
    [],
    [],
    [],
    [],
  ]);
  // A new install has no organisation: the home page offers the sample data.
  expect(empty.noOrganizations).toBe(true);
  call(app, 'sampleData.load', {});
  expect(call<HomeSummary>(app, 'home.summary', {}).noOrganizations).toBe(false);
  const today = format(new Date(), 'yyyy-MM-dd');
  const hue = call(app, 'organizations.list', { query: 'hue' }) as unknown as { id: string }[];
  const gyeongju = call(app, 'organizations.list', { query: 'gyeongju' }) as unknown as { id: string }[];
  call(app, 'gifts.create', {
    direction: 'received',
    date: '2025-10-14',
    giverOrgId: gyeongju[0]!.id,
    recipientOrgId: hue[0]!.id,
    item: 'Bình gốm',
  });
  call(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongju[0]!.id,
    hostOrgId: hue[0]!.id,
    startDate: today,
    status: 'confirmed',
  });
  const summary = call<HomeSummary>(app, 'home.summary', {});
  expect(summary.visits.map((visit) => visit.startDate)).toEqual([today]);
  expect(summary.giftReports.map((gift) => [gift.item, gift.clock])).toEqual([['Bình gốm', 'overdue']]);
  expect(summary.followUps.some((followUp) => followUp.overdue && followUp.due === '2024')).toBe(true);
});
