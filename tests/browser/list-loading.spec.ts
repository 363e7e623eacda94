import { expect, test } from './fixtures.js';

/** The lists fetched a page at a time: address, the method of their first page, what an empty one says. */
const LISTS = [
  ['people', 'people.page', 'Chưa có ai.'],
  ['organizations', 'organizations.page', 'Chưa có cơ quan nào. Hãy thêm cơ quan đầu tiên.'],
  ['gifts', 'gifts.page', 'Chưa có quà tặng nào.'],
  ['agreements', 'agreements.page', 'Chưa có thỏa thuận nào.'],
  ['follow-ups', 'followUps.page', 'Không có việc nào.'],
] as const;

test('each paged list says it is loading while its first page is on its way, and stops once it has arrived', async ({
  appPage: page,
}) => {
  for (const [list, method, empty] of LISTS) {
    // The first page is held until the loader has been seen, so the check never depends on the store's speed.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route(
      (url) => url.pathname === `/api/${method}`,
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(`${page.url().split('#')[0]}#/${list}`);
    const loader = page.getByLabel('Đang tải…', { exact: true });
    await expect(loader, list).toBeVisible();
    if (list === 'people') await page.screenshot({ path: 'tests/artifacts/list-loading.png' });
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === `/api/${method}`);
    release();
    expect((await answered).status(), list).toBe(200);
    await expect(loader, list).toHaveCount(0);
    // In its place, what the store answered: rows, or the words of an empty list.
    await expect(
      page
        .getByRole('table')
        .or(page.getByText(empty, { exact: true }))
        .first(),
      list,
    ).toBeVisible();
    await page.unrouteAll({ behavior: 'wait' });
  }
});
