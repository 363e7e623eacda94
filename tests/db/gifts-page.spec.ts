import { expect, test } from '@playwright/test';
import type { Gift, GiftListPage } from '../../shared/domain/gift.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

/** Nine gifts over five dates (several on one day), given and received. */
function seed() {
  const hue = call<{ id: string }>(app, 'organizations.create', {
    name: 'Thành phố Huế',
    country: 'VN',
    kind: 'city',
    isHome: true,
  });
  const nara = call<{ id: string }>(app, 'organizations.create', {
    name: 'Thành phố Nara',
    country: 'JP',
    kind: 'city',
  });
  const dates = [
    '2024-10-21',
    '2025-03-01',
    '2024-10-21',
    '2023-05-02',
    '2025-03-08',
    '2024-10-21',
    '2025-03-08',
    '2023-05-02',
    '2024-01-09',
  ];
  dates.forEach((date, n) =>
    call(app, 'gifts.create', {
      direction: n % 3 === 0 ? 'received' : 'given',
      date,
      giverOrgId: n % 3 === 0 ? nara.id : hue.id,
      recipientOrgId: n % 3 === 0 ? hue.id : nara.id,
      item: `Quà số ${n + 1}`,
    }),
  );
  return { nara: nara.id };
}

const page = (input: Record<string, unknown>) =>
  call<GiftListPage>(app, 'gifts.page', { offset: 0, limit: 50, ...input });
const ids = (gifts: Gift[]) => gifts.map((gift) => gift.id);

test('pages of the gift register follow each other newest first, none repeated or skipped, with the count', () => {
  const { nara } = seed();
  for (const filter of [
    {},
    { direction: 'given' },
    { direction: 'received' },
    { query: 'qua so' },
    { organizationId: nara },
    { country: 'JP', to: '2024' },
  ]) {
    const whole = call<Gift[]>(app, 'gifts.list', filter);
    expect(whole.length).toBeGreaterThan(0);
    for (const limit of [1, 2, 4]) {
      const seen: Gift[] = [];
      for (let offset = 0; offset < whole.length; offset += limit) {
        const part = page({ ...filter, offset, limit });
        expect(part.total).toBe(whole.length);
        seen.push(...part.rows);
      }
      // The same gifts as the whole list, with their names and legal clock.
      expect(seen).toEqual(whole);
    }
    expect(page({ ...filter, offset: whole.length })).toEqual({ rows: [], total: whole.length });
  }
  const dates = page({}).rows.map((gift) => gift.date);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(page({ direction: 'received' }).total).toBe(3);
  expect(ids(page({ query: 'qua so 7' }).rows)).toHaveLength(1);
});
