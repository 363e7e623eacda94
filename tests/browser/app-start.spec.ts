import { expect, test } from './fixtures.js';

test('the home screen asks the store for its summary once, the sample-data offer using the same answer', async ({
  app,
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/home.summary')) asked.push(request.url());
  });
  await page.goto(`${app.url}#/home`);
  // A new, empty store: the offer shows, drawn from the home page's summary.
  await expect(page.getByRole('button', { name: 'Nạp dữ liệu mẫu' })).toBeVisible();
  // Whatever else the page would fetch has been asked for once the app has nothing left to do.
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
  expect(asked).toHaveLength(1);
});

test('the calendar’s code is fetched as the app starts, marked for eager compilation, and the calendar opens', async ({
  app,
  page,
}) => {
  const calendarCode = page.waitForResponse((response) => /\/assets\/CalendarPage-[\w-]+\.js$/.test(response.url()));
  await page.goto(`${app.url}#/home`);
  await expect(page.getByRole('heading', { name: 'Hôm nay', level: 2 })).toBeVisible();
  // Fetched before anyone opened the calendar; V8 reads the hint on the file's first line only.
  const code = await (await calendarCode).text();
  expect(code.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  expect(page.url()).toMatch(/#\/home$/);
  await page.getByRole('navigation').getByRole('link', { name: 'Lịch' }).click();
  await expect(page.getByRole('heading', { name: 'Lịch', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hôm nay' })).toBeVisible();
});

test('opened straight from its address, the calendar waits for its code and then shows', async ({ app, page }) => {
  // The code held back until the loader has been seen, so the check never depends on the machine's speed.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/CalendarPage-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.url}#/calendar?date=2025-10-15`);
  // The page's loader, inside the layout (the app's own, shown while it starts, is not in it).
  const loader = page.getByRole('main').getByLabel('Đang tải…', { exact: true });
  await expect(loader).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: 'tháng 10 năm 2025' })).toBeVisible();
  await expect(loader).toHaveCount(0);
});

test('a calendar whose code cannot be loaded says so, and tries again when asked', async ({ app, page }) => {
  await page.route(/\/assets\/CalendarPage-[\w-]+\.js$/, (route) => route.abort());
  await page.goto(`${app.url}#/calendar?date=2025-10-15`);
  await expect(page.getByRole('alert')).toContainText('Không tải được phần lịch của ứng dụng');
  await page.unroute(/\/assets\/CalendarPage-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('heading', { name: 'tháng 10 năm 2025' })).toBeVisible();
});
