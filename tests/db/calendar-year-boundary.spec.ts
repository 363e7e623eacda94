import { expect, test } from '@playwright/test';
import type { CalendarItem } from '../../shared/domain/calendar-items.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

test('a range across the new year shows dues and expiries of a whole year once, on 31 December', () => {
  const hue = call<{ id: string }>(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city' });
  const nara = call<{ id: string }>(app, 'organizations.create', {
    name: 'Tỉnh Nara',
    country: 'JP',
    kind: 'province',
  });
  call(app, 'followUps.create', { text: 'Trong năm 2026', due: '2026' });
  call(app, 'followUps.create', { text: 'Tháng 1 năm 2027', due: '2027-01' });
  call(app, 'followUps.create', { text: 'Trong năm 2027', due: '2027' });
  call(app, 'agreements.create', {
    kind: 'mou',
    title: 'Bản ghi nhớ Huế – Nara',
    status: 'in_force',
    signedOn: '2021-03-02',
    expiresOn: '2026',
    parties: [{ organizationId: hue.id }, { organizationId: nara.id }],
  });
  call(app, 'agreements.create', {
    kind: 'friendship_cooperation',
    title: 'Thỏa thuận Huế – Nara',
    status: 'in_force',
    signedOn: '2023-05-02',
    expiresOn: '2027',
    parties: [{ organizationId: hue.id }, { organizationId: nara.id }],
  });
  const items = call<CalendarItem[]>(app, 'calendar.range', { from: '2026-12-01', to: '2027-12-31' });
  expect(items.map((item) => [item.kind, item.start, item.title])).toEqual([
    ['agreement_expiry', '2026-12-31', 'Bản ghi nhớ Huế – Nara'],
    ['follow_up', '2026-12-31', 'Trong năm 2026'],
    ['follow_up', '2027-01-31', 'Tháng 1 năm 2027'],
    ['agreement_expiry', '2027-12-31', 'Thỏa thuận Huế – Nara'],
    ['follow_up', '2027-12-31', 'Trong năm 2027'],
  ]);
});
