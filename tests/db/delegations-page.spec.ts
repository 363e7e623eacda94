import { expect, test } from '@playwright/test';
import type { DelegationListPage, DelegationSummary } from '../../shared/domain/delegation.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

/**
 * 230 visits between Huế and two partners, in both directions, many on the same day (ties in the sort,
 * which pages must neither repeat nor skip), some with a head of delegation.
 */
function seed(): void {
  const hue = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  const gyeongju = call(app, 'organizations.create', { name: 'Thành phố Gyeongju', country: 'KR', kind: 'city' });
  const nara = call(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const song = call(app, 'people.create', { fullName: 'Song Ho-jun' });
  for (let n = 0; n < 230; n++) {
    const partner = n % 3 === 0 ? nara.id : gyeongju.id;
    const incoming = n % 2 === 0;
    call(app, 'delegations.create', {
      direction: incoming ? 'incoming' : 'outgoing',
      visitingOrgId: incoming ? partner : hue.id,
      hostOrgId: incoming ? hue.id : partner,
      // Ten visits a month: every page boundary falls among visits of the same day.
      startDate: `20${String(10 + Math.floor(n / 120)).padStart(2, '0')}-${String(1 + (Math.floor(n / 10) % 12)).padStart(2, '0')}-15`,
      place: n % 5 === 0 ? 'Cố đô Huế' : 'Nara',
      participants: n % 4 === 0 ? [{ personId: song.id, side: 'guest', role: 'head', title: 'Phó Thị trưởng' }] : [],
    });
  }
}

const list = (filter: object) => call<DelegationSummary[]>(app, 'delegations.list', filter);
const page = (filter: object, offset: number, limit: number) =>
  call<DelegationListPage>(app, 'delegations.page', { ...filter, offset, limit });

/** Every row of a filter, read page by page as the list screen does. */
function allPages(filter: object, limit: number): { rows: DelegationSummary[]; totals: number[] } {
  const rows: DelegationSummary[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const next = page(filter, offset, limit);
    totals.push(next.total);
    rows.push(...next.rows);
    if (next.rows.length < limit) return { rows, totals };
  }
}

test('pages of every filter and sort are the full list, in order, with its count', () => {
  seed();
  const filters = [
    {},
    { sort: 'oldest' },
    { direction: 'incoming' },
    { country: 'JP' },
    { query: 'co do hue' },
    { from: '2010-06', to: '2011-02' },
    { country: 'kr', direction: 'outgoing', sort: 'oldest' },
  ];
  for (const filter of filters) {
    const whole = list(filter);
    expect(whole.length, JSON.stringify(filter)).toBeGreaterThan(10);
    for (const limit of [7, 100, 200]) {
      const { rows, totals } = allPages(filter, limit);
      expect(
        rows.map((row) => row.id),
        `${JSON.stringify(filter)} by ${limit}`,
      ).toEqual(whole.map((row) => row.id));
      expect(new Set(totals), `${JSON.stringify(filter)} by ${limit}`).toEqual(new Set([whole.length]));
    }
  }
  // The rows are the list's rows, heads and names included.
  expect(page({}, 0, 200).rows).toEqual(list({}).slice(0, 200));
});

test('a page past the end is empty and still counts; a filter matching nothing counts 0', () => {
  seed();
  expect(page({}, 230, 50)).toEqual({ rows: [], total: 230 });
  expect(page({}, 10_000, 200)).toEqual({ rows: [], total: 230 });
  expect(page({}, 225, 50).rows).toHaveLength(5);
  expect(page({ query: 'seoul' }, 0, 50)).toEqual({ rows: [], total: 0 });
});

test('a deleted visit leaves the pages and the count', () => {
  seed();
  const [first] = page({}, 0, 1).rows;
  call(app, 'delegations.delete', { id: first!.id });
  const after = page({}, 0, 200);
  expect(after.total).toBe(229);
  expect(after.rows.map((row) => row.id)).not.toContain(first!.id);
});
