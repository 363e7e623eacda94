import { expect, test } from '@playwright/test';
import { addDays, addMonths, format } from 'date-fns';
import type { Agreement, AgreementListPage } from '../../shared/domain/agreement.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const day = (date: Date) => format(date, 'yyyy-MM-dd');

/** Agreements of two partners signed on various dates, expiring before, within and after the next 12 months. */
function seed() {
  const org = (name: string) =>
    call<{ id: string }>(app, 'organizations.create', { name, country: 'KR', kind: 'city' });
  const hue = org('Thành phố Huế');
  const nara = org('Thành phố Nara');
  const busan = org('Thành phố Busan');
  const now = new Date();
  const expiries = [
    day(addDays(now, -1)), // expired yesterday
    day(addDays(now, 10)), // expiring soon
    format(now, 'yyyy-MM'), // this month, at its precision: still running, expiring soon
    day(addMonths(now, 13)), // later
    null,
    day(addMonths(now, 11)), // expiring soon
    '2007',
  ];
  expiries.forEach((expiresOn, n) =>
    call(app, 'agreements.create', {
      kind: 'mou',
      title: `Thỏa thuận số ${n + 1}`,
      status: 'signed',
      signedOn: n % 2 ? `201${n}-0${n + 1}-15` : `200${n}`,
      expiresOn,
      parties: [{ organizationId: hue.id }, { organizationId: n % 3 ? nara.id : busan.id }],
    }),
  );
  return { nara: nara.id };
}

test('pages of the agreements list follow each other newest first, with the count and those expiring soon', () => {
  const { nara } = seed();
  for (const filter of [{}, { organizationId: nara }, { query: 'thoa thuan so 2' }]) {
    const whole = call<Agreement[]>(app, 'agreements.list', filter);
    expect(whole.length).toBeGreaterThan(0);
    for (const limit of [1, 3]) {
      const seen: Agreement[] = [];
      for (let offset = 0; offset < whole.length; offset += limit) {
        const page = call<AgreementListPage>(app, 'agreements.page', { ...filter, offset, limit });
        expect(page.total).toBe(whole.length);
        seen.push(...page.rows);
      }
      // The same agreements, with their parties and whether they have expired.
      expect(seen).toEqual(whole);
    }
  }
  expect(call<AgreementListPage>(app, 'agreements.page', { offset: 0, limit: 10 }).expiringSoon).toBe(3);
  expect(call<AgreementListPage>(app, 'agreements.page', { offset: 5, limit: 10 }).expiringSoon).toBe(3);
  // Of Nara's (the 2nd, 3rd, 5th and 6th), the 2nd, 3rd and 6th expire soon.
  expect(call<AgreementListPage>(app, 'agreements.page', { organizationId: nara, offset: 0, limit: 10 })).toMatchObject(
    { total: 4, expiringSoon: 3 },
  );
});
