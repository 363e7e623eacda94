import { expect, test } from '@playwright/test';
import { monthGridOf, type MonthGrid } from '../../shared/calendar/month-grid.js';
import type { CalendarItem } from '../../shared/domain/calendar-items.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

/** A grid as comparable text: what each cell draws, in one order. */
const cells = (grid: MonthGrid) => ({
  items: grid.items.map((item) => `${item.key} ${item.start} ${item.title}`).sort(),
  counts: grid.counts.map((count) => `${count.day} ${count.group} ${count.count}`).sort(),
  reversed: grid.reversed.map((item) => item.key).sort(),
});

const orgId = (query: string) => (call(app, 'organizations.list', { query }) as unknown as { id: string }[])[0]!.id;

/**
 * October 2025 after the sample data (Gyeongju's visit and reception on the 14th): a crowded 14th (ten visits,
 * twelve programme items of live visits and five of a deleted one, four follow-ups due), a quiet 20th and 21st (two
 * and three programme items: as many as a cell shows), and two visits entered with their end first.
 */
function crowdedOctober(): { hue: string; nara: string; gyeongju: string } {
  call(app, 'sampleData.load', {});
  const [hue, nara, gyeongju] = [orgId('thanh pho hue'), orgId('tinh nara'), orgId('gyeongju')];
  const visit = (fields: object) =>
    call(app, 'delegations.create', { direction: 'incoming', visitingOrgId: nara, hostOrgId: hue, ...fields });
  for (let n = 0; n < 10; n++)
    visit({
      direction: n % 3 === 0 ? 'outgoing' : 'incoming',
      visitingOrgId: n % 3 === 0 ? hue : n % 2 ? nara : gyeongju,
      hostOrgId: n % 3 === 0 ? gyeongju : hue,
      startDate: `2025-10-${String(10 + (n % 4)).padStart(2, '0')}`,
      endDate: '2025-10-16',
      engagements:
        n < 4
          ? [0, 1, 2].map((k) => ({ kind: 'working_session', startsAt: `2025-10-14T0${7 + k}:${n}0` }))
          : n === 4
            ? [
                { kind: 'banquet', startsAt: '2025-10-20T19:00' },
                { kind: 'site_visit', startsAt: '2025-10-20' },
              ]
            : n === 5
              ? [0, 1, 2].map((k) => ({ kind: 'conference', startsAt: `2025-10-21T1${k}:00` }))
              : [],
    });
  const deleted = visit({
    startDate: '2025-10-14',
    engagements: [0, 1, 2, 3, 4].map((k) => ({ kind: 'reception', startsAt: `2025-10-14T1${k}:00` })),
  });
  call(app, 'delegations.delete', { id: deleted.id });
  // Old data: an end before the start, which the form no longer accepts.
  for (const [start, end] of [
    ['2025-10-25', '2025-10-23'],
    ['2025-10-05', '2025-10-01'],
  ]) {
    const reversed = visit({ startDate: start });
    app.db.prepare('UPDATE delegations SET end_date = ? WHERE id = ?').run(end, reversed.id);
  }
  for (let n = 0; n < 4; n++)
    call(app, 'followUps.create', { text: `Gửi thư cảm ơn ${n}`, due: '2025-10-14', organizationId: nara });
  // Done, so not on the calendar; and quiet days: a due of a whole month stands on its last day.
  call(app, 'followUps.create', { text: 'Đã gửi', due: '2025-10-14', status: 'done', doneOn: '2025-10-13' });
  call(app, 'followUps.create', { text: 'Báo cáo tháng', due: '2025-10' });
  call(app, 'followUps.create', { text: 'Gửi ảnh', due: '2025-10-21', organizationId: nara });
  return { hue, nara, gyeongju };
}

test('the month grid from the store is the grid of every item: counts for crowded days, items for quiet ones', () => {
  crowdedOctober();
  const range = { from: '2025-09-29', to: '2025-11-09' };
  const grid = call<MonthGrid>(app, 'calendar.month', range);
  expect(cells(grid)).toEqual(cells(monthGridOf(call<CalendarItem[]>(app, 'calendar.range', range))));
  // The sample's Gyeongju reception and the twelve above on the 14th, not the deleted visit's five; the 20th's two
  // drawn one by one.
  expect(cells(grid).counts).toContain('2025-10-14 engagement 13');
  expect(grid.items.filter((item) => item.kind === 'engagement').map((item) => item.start)).toEqual(
    expect.arrayContaining([
      '2025-10-20',
      '2025-10-20T19:00',
      '2025-10-21T10:00',
      '2025-10-21T11:00',
      '2025-10-21T12:00',
    ]),
  );
  expect(cells(grid).counts).toContain('2025-10-14 follow_up 4');
  expect(grid.items.filter((item) => item.kind === 'follow_up').map((item) => `${item.start} ${item.title}`)).toEqual(
    expect.arrayContaining(['2025-10-31 Báo cáo tháng', '2025-10-21 Gửi ảnh']),
  );
  // Eleven visits on the 14th (the ten above and Gyeongju's): bars give way to counts.
  expect(grid.items.some((item) => item.kind === 'delegation')).toBe(false);
  expect(cells(grid).counts).toEqual(expect.arrayContaining(['2025-10-14 incoming 7', '2025-10-14 outgoing 4']));
  // Both visits entered with their end first, named in the order the list view shows them.
  expect(grid.reversed.map((item) => item.start)).toEqual(['2025-10-05', '2025-10-25']);
  expect(grid.reversed.map((item) => item.key)).toEqual(
    call<CalendarItem[]>(app, 'calendar.range', range)
      .filter((item) => item.endBeforeStart)
      .map((item) => item.key),
  );
});

test('with a filter or a choice of kinds, the grid is still the grid of the items shown', () => {
  const { hue, nara } = crowdedOctober();
  const filters: object[] = [
    { direction: 'outgoing' },
    { direction: 'incoming' },
    { country: 'JP' },
    { organizationId: nara },
    { organizationId: hue, kinds: ['engagement'] },
    { kinds: ['engagement', 'follow_up'] },
    { kinds: ['delegation'] },
    { kinds: [] },
  ];
  for (const filter of filters) {
    const range = { from: '2025-10-01', to: '2025-10-31', ...filter };
    expect(cells(call<MonthGrid>(app, 'calendar.month', range)), JSON.stringify(filter)).toEqual(
      cells(monthGridOf(call<CalendarItem[]>(app, 'calendar.range', range))),
    );
  }
});

test('a quiet month draws every item as before', () => {
  call(app, 'sampleData.load', {});
  const range = { from: '2024-09-30', to: '2024-11-10' };
  const grid = call<MonthGrid>(app, 'calendar.month', range);
  expect(grid.counts).toEqual([]);
  expect(grid.items.map((item) => item.key).sort()).toEqual(
    call<CalendarItem[]>(app, 'calendar.range', range)
      .map((item) => item.key)
      .sort(),
  );
  expect(grid.items.length).toBeGreaterThan(0);
});
