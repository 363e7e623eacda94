import { expect, test } from './fixtures.js';

/** Each list with a search field, by its address. */
const LISTS = ['delegations', 'organizations', 'people', 'gifts', 'agreements', 'follow-ups', 'articles'];

test('a search longer than 200 characters is said so under each list’s search field, and the store is never asked with it', async ({
  appPage: page,
}) => {
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() === 400) refused.push(response.url());
  });
  const tooLong = 'hợp tác hữu nghị '.repeat(15); // 255 characters
  for (const list of LISTS) {
    await page.goto(`${page.url().split('#')[0]}#/${list}`);
    const field = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await field.fill(tooLong);
    await expect(page.getByText('Quá 200 ký tự: chỉ tìm theo 200 ký tự đầu.'), list).toBeVisible();
    await expect(field, list).toHaveAttribute('aria-invalid', 'true');
    // What is typed stays in the field, and the list answers for its first 200 characters.
    await expect(field).toHaveValue(tooLong);
    if (list === 'people') await page.screenshot({ path: 'tests/artifacts/search-too-long.png' });
    await field.fill('hợp tác');
    await expect(page.getByText('Quá 200 ký tự: chỉ tìm theo 200 ký tự đầu.'), list).toHaveCount(0);
  }
  await expect(page.getByText('Không thực hiện được')).toHaveCount(0);
  expect(refused).toEqual([]);
});
