import type { Page } from '@playwright/test';
import { choose } from './delegation-form.js';
import { callApi, createHue, expect, test, type BrowserModeApp } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';
const VISITS = 600;

/** The place of visit n: unique, and sorting newest first puts visit 599 at the top and visit 0 at the end. */
const place = (n: number) => `Điểm hẹn số ${String(n).padStart(3, '0')}`;

/** 600 visits of Nara to Huế, one a day from 1 January 2001; every third one ours to Nara (200 outgoing). */
async function seedVisits(app: BrowserModeApp): Promise<void> {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  for (let n = 0; n < VISITS; n++) {
    const outgoing = n % 3 === 0;
    await callApi(app, 'delegations.create', {
      direction: outgoing ? 'outgoing' : 'incoming',
      visitingOrgId: outgoing ? hue.id : nara.id,
      hostOrgId: outgoing ? nara.id : hue.id,
      startDate: new Date(Date.UTC(2001, 0, 1 + n)).toISOString().slice(0, 10),
      place: place(n),
    });
  }
}

const list = (page: Page) => page.getByRole('table', { name: 'Danh sách đoàn' });
/** The table row at a place in the whole list (1 is the heading). */
const rowAt = (page: Page, rowIndex: number) => list(page).locator(`tr[aria-rowindex="${rowIndex}"]`);
const placeholders = (page: Page) => list(page).locator('tr[aria-busy="true"]');

test('600 visits: the count, a few rows in the page, the last visit at the end, and another filter starts at the top', async ({
  app,
  appPage: page,
}) => {
  await seedVisits(app);
  await page.reload();
  await expect(page.getByText(`${VISITS} đoàn`, { exact: true })).toBeVisible();
  await expect(list(page)).toHaveAttribute('aria-rowcount', String(VISITS + 1));
  await expect(rowAt(page, 2)).toContainText(place(599));
  // Only the rows near the window are drawn.
  expect(await list(page).locator('tbody tr').count()).toBeLessThan(100);
  // The body is as tall as every row, each as tall as a drawn one: the scroll bar matches what scrolling shows.
  const rowHeight = (await rowAt(page, 2).boundingBox())!.height;
  const bodyHeight = (await list(page).locator('tbody.row-space').boundingBox())!.height;
  expect(bodyHeight).toBe(rowHeight * VISITS);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(rowAt(page, VISITS + 1)).toBeInViewport();
  await expect(rowAt(page, VISITS + 1)).toContainText(place(0));
  await expect(rowAt(page, VISITS + 1).getByRole('link', { name: 'Thành phố Huế → Tỉnh Nara' })).toBeVisible();
  await expect(placeholders(page)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/delegations-paging-end.png` });

  // Another filter arriving from the address (a link, going back) while the list is scrolled to its end.
  await page.evaluate(() => (location.hash = '#/delegations?direction=outgoing'));
  await expect(page.getByText('200 đoàn', { exact: true })).toBeVisible();
  await expect(rowAt(page, 2)).toBeInViewport();
  await expect(rowAt(page, 2)).toContainText(place(597));
  await expect(rowAt(page, 2)).toContainText('Đoàn ra');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // The sort, changed in the page: the oldest outgoing visit first, to the last one.
  await choose(page, page, 'Sắp xếp', 'Cũ nhất trước');
  await expect(rowAt(page, 2)).toContainText(place(0));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(rowAt(page, 201)).toContainText(place(597));
  await expect(list(page).getByText('Đoàn vào', { exact: true })).toHaveCount(0);
});

test('rows still on their way are grey placeholders, replaced when their page arrives', async ({
  app,
  appPage: page,
}) => {
  await seedVisits(app);
  // Hold back every page from row 300 on until the placeholders have been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/delegations.page', async (route) => {
    if ((route.request().postDataJSON() as { offset: number }).offset >= 300) await held;
    await route.continue();
  });
  await page.reload();
  await expect(rowAt(page, 2)).toContainText(place(599));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.75));
  // A block of rows is drawn above the window (overscan); the rows in view are placeholders too.
  await expect(placeholders(page).nth(12)).toBeInViewport();
  await page.screenshot({ path: `${SCREENSHOTS}/delegations-paging-placeholders.png` });
  release();
  await expect(placeholders(page)).toHaveCount(0);
  await expect(list(page).locator('tbody tr').first()).toContainText('Điểm hẹn số');
});

test('Tab walks the visits row by row past the rows first drawn, in English too', async ({ app, appPage: page }) => {
  await seedVisits(app);
  await page.reload();
  await page.getByText('English').click();
  const table = page.getByRole('table', { name: 'Delegations' });
  await expect(page.getByText(`${VISITS} delegations`, { exact: true })).toBeVisible();
  // The first row drawn in English, as a user sees it before pressing Tab; and the focus checked on it, so that a
  // focus lost before the walk (one CI run ended 40 Tabs away from the table, the list unscrolled) fails here.
  const first = table.locator('tr[aria-rowindex="2"]');
  await expect(first).toContainText('Planned');
  await first.getByRole('link').focus();
  await expect(first.getByRole('link')).toBeFocused();
  for (let step = 0; step < 40; step++) await page.keyboard.press('Tab');
  const focused = table.locator('tr[aria-rowindex="42"]').getByRole('link');
  await expect(focused).toBeFocused();
  await expect(focused).toBeInViewport();
  await expect(table.locator('tr[aria-rowindex="42"]')).toContainText(place(559));
  await page.screenshot({ path: `${SCREENSHOTS}/delegations-paging-en.png` });
});

test('the focused visit keeps its row while the page scrolls away; the arrows walk the rows; Tab past either end leaves the table', async ({
  app,
  appPage: page,
}) => {
  await seedVisits(app);
  await page.reload();
  await expect(rowAt(page, 2)).toContainText(place(599));
  const link = (rowIndex: number) => rowAt(page, rowIndex).getByRole('link');
  const focusInTable = () => page.evaluate(() => document.activeElement?.closest('table') !== null);
  await link(2).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(link(3)).toBeFocused();

  // Half-way down with the mouse: the rows drawn there are new, and the elements of the rows left behind are
  // reused for them, but not the focused row's.
  await page.mouse.move(700, 500);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect(rowAt(page, 302)).toBeInViewport();
  await expect(placeholders(page)).toHaveCount(0);
  await expect(link(3)).toBeFocused();
  await expect(rowAt(page, 3)).toContainText(place(598));
  await expect(rowAt(page, 3)).not.toBeInViewport();
  // The next key goes on from the focused visit, and brings it back into view.
  await page.keyboard.press('ArrowDown');
  await expect(link(4)).toBeFocused();
  await expect(rowAt(page, 4)).toBeInViewport();
  await expect(rowAt(page, 4)).toContainText(place(597));

  // Up past the first row, Shift+Tab leaves the table; Tab comes back to the first row in view, its one stop.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focusInTable()).toBe(false);
  await page.keyboard.press('Tab');
  await expect(link(2)).toBeFocused();

  // From the last visit, Tab leaves the table too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await link(VISITS + 1).focus();
  await page.keyboard.press('Tab');
  expect(await focusInTable()).toBe(false);
});
