import { expect, test } from '@playwright/test';
import { format } from 'date-fns';
import type { ExportFile } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import type { FollowUp, FollowUpListPage } from '../../shared/domain/follow-up.js';
import { recordStatements } from '../../bench/record.js';
import { call, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

const thisYear = format(new Date(), 'yyyy');

/** Follow-ups whose dues cover each part of the list: overdue, due later, undated, and a closed one. */
function seed() {
  const make = (text: string, fields: Record<string, unknown> = {}) =>
    call<FollowUp>(app, 'followUps.create', { text, ...fields }).id;
  return {
    undatedFirst: make('Gửi thư cảm ơn Hà Nội', { owner: 'Lan' }),
    future: make('Chuẩn bị đoàn sang Nara', { due: '2099-01' }),
    // A year stands on its last day: overdue from the next year, not during its own.
    thisYear: make('Tổng kết hợp tác năm nay', { due: thisYear, owner: 'Lan' }),
    overdueDay: make('Gửi biên bản cho Gyeonggi', { due: '2020-03-05' }),
    overdueYear: make('Kỷ niệm 30 năm quan hệ Hà Nội – Seoul', { due: '2019', owner: 'Lan' }),
    done: make('Đặt quà lưu niệm', { due: '2018', status: 'done', doneOn: '2018-06-01' }),
    undatedSecond: make('Dịch bản ghi nhớ'),
  };
}

const page = (input: Record<string, unknown>) =>
  call<FollowUpListPage>(app, 'followUps.page', { offset: 0, limit: 50, ...input });
const ids = (result: FollowUpListPage) => result.rows.map((followUp) => followUp.id);

test('the follow-up list page: overdue first by the day each due stands on, then later ones, undated last', () => {
  const f = seed();
  const open = page({});
  expect(ids(open)).toEqual([f.overdueYear, f.overdueDay, f.thisYear, f.future, f.undatedFirst, f.undatedSecond]);
  expect(open.total).toBe(6);
  expect(open.rows.map((followUp) => followUp.overdue)).toEqual([true, true, false, false, false, false]);

  // Closed ones join the later part by their due (never overdue); the overdue part stays first.
  const all = page({ includeClosed: true });
  expect(ids(all)).toEqual([
    f.overdueYear,
    f.overdueDay,
    f.done,
    f.thisYear,
    f.future,
    f.undatedFirst,
    f.undatedSecond,
  ]);
  expect(all.total).toBe(7);
});

test('with closed ones shown, each part of the list is read in the order of an index, nothing sorted', () => {
  seed();
  // The page's statements that read the list in order, planned again: a sort over every follow-up took 0.2 s at
  // 200,000 (migration 120).
  const ordered = recordStatements(app.db, () => page({ includeClosed: true })).filter((statement) =>
    /FROM follow_ups f\b[\s\S]*ORDER BY/.test(statement.sql),
  );
  const plans = ordered.map((statement) =>
    app.db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${statement.sql}`)
      .all(...statement.args)
      .map((step) => step.detail)
      .join(' | '),
  );
  expect(plans).toEqual([
    expect.stringContaining('follow_ups_open_placed'),
    expect.stringContaining('follow_ups_placed'),
  ]);
  expect(plans.filter((plan) => plan.includes('TEMP B-TREE'))).toEqual([]);
});

test('with closed ones shown, a due that is no date (a file from another machine) is listed and counted', () => {
  const f = seed();
  // The API refuses such a due; an exchange file's rows are checked for shape only.
  app.db.prepare(`UPDATE follow_ups SET due = '2025-13' WHERE id = ?`).run(f.future);
  const all = page({ includeClosed: true });
  expect(all.total).toBe(7);
  expect(ids(all)).toHaveLength(7);
  expect(ids(all)).toContain(f.future);
});

test('pages of the follow-up list follow each other across its parts: none repeated, none skipped', () => {
  seed();
  for (const includeClosed of [false, true]) {
    const whole = page({ includeClosed });
    for (const limit of [1, 2, 3, 4]) {
      const seen: string[] = [];
      for (let offset = 0; offset < whole.total; offset += limit) {
        const part = page({ includeClosed, offset, limit });
        expect(part.total).toBe(whole.total);
        expect(part.rows.length).toBe(Math.min(limit, whole.total - offset));
        seen.push(...ids(part));
      }
      expect(seen).toEqual(ids(whole));
    }
    expect(page({ includeClosed, offset: whole.total + 5 })).toEqual({ rows: [], total: whole.total });
  }
});

test('the follow-up list page narrows by owner and by a folded search, and counts what it keeps', () => {
  const f = seed();
  const lan = page({ owner: 'Lan' });
  expect(ids(lan)).toEqual([f.overdueYear, f.thisYear, f.undatedFirst]);
  expect(lan.total).toBe(3);
  const hanoi = page({ query: 'ha noi' });
  expect(ids(hanoi)).toEqual([f.overdueYear, f.undatedFirst]);
  expect(hanoi.total).toBe(2);
  expect(page({ query: 'dat qua', includeClosed: true }).rows.map((followUp) => followUp.id)).toEqual([f.done]);
  expect(page({ query: 'dat qua' }).total).toBe(0);
});

test('a page carries the same follow-up as the list: its source, organisation and notes', () => {
  const hanoi = call<{ id: string }>(app, 'organizations.create', {
    name: 'Thành phố Hà Nội',
    country: 'VN',
    kind: 'city',
  });
  const created = call<FollowUp>(app, 'followUps.create', { text: 'Gửi thư', due: '2020', organizationId: hanoi.id });
  call(app, 'followUps.addNote', { followUpId: created.id, on: '2021-01-04', text: 'Đã soạn thư' });
  const [fromList] = call<FollowUp[]>(app, 'followUps.list', {});
  expect(page({}).rows).toEqual([fromList]);
  expect(fromList).toMatchObject({ organizationName: 'Thành phố Hà Nội', progress: [{ text: 'Đã soạn thư' }] });
});

test("the follow-ups page's export lists them in the page's order", async () => {
  seed();
  // Next year, and a day in its June: the year stands on its last day, so the day comes first.
  const nextYear = String(Number(thisYear) + 1);
  call(app, 'followUps.create', { text: 'Hết năm sau', due: nextYear });
  call(app, 'followUps.create', { text: 'Tháng 6 năm sau', due: `${nextYear}-06-01` });
  const filter = { query: '', owner: '', includeClosed: true };
  const result = (await app.dispatch('lists.export', {
    list: 'followUps',
    format: 'csv',
    filter,
  })) as Result<ExportFile>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  // The first column of each line after the header: the text (none of these holds a comma or a quote).
  const texts = Buffer.from(result.value.base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[0]);
  expect(texts).toEqual(page({ includeClosed: true }).rows.map((followUp) => followUp.text));
  expect(texts.indexOf('Tháng 6 năm sau')).toBe(texts.indexOf('Hết năm sau') - 1);
});
