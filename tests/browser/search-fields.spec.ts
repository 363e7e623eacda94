import { callApi, expect, test } from './fixtures.js';

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
    // The list asks the store for the first 200 characters once the typing pauses, and is answered.
    const asked = page.waitForResponse(
      (response) =>
        response.url().includes('/api/') &&
        (response.request().postDataJSON() as { query?: string } | null)?.query === tooLong.slice(0, 200),
    );
    await field.fill(tooLong);
    await expect(page.getByText('Quá 200 ký tự: chỉ tìm theo 200 ký tự đầu.'), list).toBeVisible();
    await expect(field, list).toHaveAttribute('aria-invalid', 'true');
    // What is typed stays in the field, and the list answers for its first 200 characters.
    await expect(field).toHaveValue(tooLong);
    expect((await asked).status(), list).toBe(200);
    if (list === 'people') await page.screenshot({ path: 'tests/artifacts/search-too-long.png' });
    await field.fill('hợp tác');
    await expect(page.getByText('Quá 200 ký tự: chỉ tìm theo 200 ký tự đầu.'), list).toHaveCount(0);
  }
  await expect(page.getByText('Không thực hiện được')).toHaveCount(0);
  expect(refused).toEqual([]);
});

test('the organisation picker asks the store as one types: a Hangul alias finds its organisation, which is named again after a reload', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'organizations.create', {
    name: 'Thành phố Seoul',
    aliases: ['서울특별시', 'Seoul Metropolitan Government'],
    country: 'KR',
    kind: 'city',
  });
  for (let n = 1; n <= 3; n++) {
    await callApi(app, 'organizations.create', { name: `Tỉnh Gyeonggi ${n}`, country: 'KR', kind: 'province' });
  }
  await page.reload();
  const picker = page.getByRole('combobox', { name: 'Đơn vị', exact: true });
  await picker.click();
  await expect(page.getByRole('option')).toHaveCount(4);
  await picker.fill('서울');
  await expect(page.getByRole('option')).toHaveText(['Thành phố Seoul']);
  await picker.fill('metropolitan');
  await expect(page.getByRole('option')).toHaveText(['Thành phố Seoul']);
  await picker.fill('zzzz');
  await expect(page.getByText('Không tìm thấy')).toBeVisible();
  await picker.fill('seoul');
  await page.getByRole('option', { name: 'Thành phố Seoul' }).click();
  await expect(page).toHaveURL(/organization=/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Đơn vị', exact: true })).toHaveValue('Thành phố Seoul');
});
