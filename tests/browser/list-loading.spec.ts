import { expect, test } from './fixtures.js';

/** The lists that fetch their rows a page at a time, by address, with the method of their first page. */
const LISTS = [
  ['people', 'people.page'],
  ['organizations', 'organizations.page'],
  ['gifts', 'gifts.page'],
  ['agreements', 'agreements.page'],
  ['follow-ups', 'followUps.page'],
] as const;

test('each paged list says it is loading while its first page is on its way, and stops once it has arrived', async ({
  appPage: page,
}) => {
  for (const [list, method] of LISTS) {
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
    await page.unrouteAll({ behavior: 'wait' });
  }
});
