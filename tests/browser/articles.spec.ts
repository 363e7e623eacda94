import { readFileSync } from 'node:fs';
import { expectAccessible } from './axe.js';
import { pick } from './delegation-form.js';
import { callApi, expect, test } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';
const ARTICLE = readFileSync('tests/fixtures/import/gimhae-hue.txt', 'utf8');

test('paste an article, link the partner to an existing organisation, accept, and see the delegation with its source', async ({
  appPage: page,
  app,
}) => {
  // A long walk through four screens, with an accessibility scan: more than the default time on a busy machine.
  test.slow();
  await callApi(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  await callApi(app, 'organizations.create', { name: 'Gimhae City', aliases: ['김해시'], country: 'KR', kind: 'city' });
  await callApi(app, 'organizations.create', { name: 'Thành phố Gimpo', country: 'KR', kind: 'city' });
  await callApi(app, 'people.create', { fullName: 'Park Sung-min' });
  await page.getByRole('link', { name: 'Bài báo nguồn' }).click();
  await page.getByLabel('Dán nội dung bài báo').fill(ARTICLE);
  await page.getByLabel('Nguồn (tên báo, trang tin)').fill('Báo Huế');
  await page.getByRole('button', { name: 'Nhập bài đã dán' }).click();
  await expect(page.getByText('Bài đã dán: đã nhập.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Các bài đã nhập' })).toContainText('Huế đón đoàn thành phố Gimhae');
  await page.screenshot({ path: `${SCREENSHOTS}/articles-list.png`, fullPage: true });

  // The same article again is recognised.
  await page.getByLabel('Dán nội dung bài báo').fill(ARTICLE);
  await page.getByRole('button', { name: 'Nhập bài đã dán' }).click();
  await expect(page.getByText('bài này đã có, không lưu lại:')).toBeVisible();

  await page
    .getByRole('table', { name: 'Các bài đã nhập' })
    .getByRole('link', { name: 'Huế đón đoàn thành phố Gimhae, Hàn Quốc' })
    .click();
  const partner = page.getByRole('region', { name: 'Đối tác' });
  await expect(partner.getByLabel('Liên kết với đơn vị đã có')).toHaveValue('Gimhae City');
  // The user makes the link themselves: clear the suggestion, then choose the organisation by typing.
  await partner.getByRole('button', { name: 'Bỏ liên kết, tạo mới' }).click();
  await expect(partner.getByLabel('Tên')).toHaveValue('thành phố Gimhae');
  await pick(page, partner, 'Liên kết với đơn vị đã có', 'gimhae', 'Gimhae City');
  await expect(partner.getByLabel('Tên')).toBeHidden();

  // Clicking a proposal marks the sentence it came from.
  const gift = page.getByRole('region', { name: 'Quà tặng 1' });
  await gift.getByRole('heading').click();
  await expect(page.getByTestId('evidence')).toContainText('tranh gốm');
  const delegation = page.getByRole('region', { name: 'Đoàn', exact: true });
  await delegation.getByRole('heading').click();
  await expect(page.getByTestId('evidence')).toContainText('Park Sung-min');
  await expect(delegation.getByLabel('Chức danh lúc đó').first()).toHaveValue('Phó Thị trưởng');
  await page.screenshot({ path: `${SCREENSHOTS}/article-review.png`, fullPage: true });
  await expectAccessible(page, 'article review');

  await page.getByRole('button', { name: 'Ghi nhận các mục đã chọn' }).click();
  await expect(page.getByText('Đã ghi nhận')).toBeVisible();
  await page.getByRole('link', { name: 'Mở đoàn' }).click();
  await expect(page.getByRole('heading', { name: /Gimhae City/ }).first()).toBeVisible();
  const sources = page.getByRole('region', { name: 'Nguồn' });
  await expect(sources.getByRole('link', { name: 'Huế đón đoàn thành phố Gimhae, Hàn Quốc' })).toBeVisible();
  await expect(sources.getByTestId('source-quote')).toContainText('Park Sung-min');
  await page.screenshot({ path: `${SCREENSHOTS}/delegation-with-source.png`, fullPage: true });

  // From the source to the sentence in the article.
  await sources.getByRole('link', { name: 'Huế đón đoàn thành phố Gimhae, Hàn Quốc' }).click();
  await expect(page.getByTestId('evidence')).toContainText('Park Sung-min');
  await expect(page.getByText('Bản ghi đã lấy từ bài này')).toBeVisible();
});

test('dropping several files imports each with progress, and says plainly why a bad one was refused', async ({
  appPage: page,
}) => {
  await page.getByRole('link', { name: 'Bài báo nguồn' }).click();
  const html = `<html><body><script>document.title = 'pwned'</script><p>${ARTICLE.replace(/\n/g, '</p><p>')}</p></body></html>`;
  await page.locator('input[type=file]').setInputFiles([
    { name: 'gimhae.html', mimeType: 'text/html', buffer: Buffer.from(html) },
    { name: 'rong.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    { name: 'anh.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) },
    {
      name: 'cu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0xd0, 0x61, 0xcc, 0x20, 0x4e, 0xe3, 0xde, 0x6e, 0x67, 0x20, 0x6c, 0xe0]),
    },
  ]);
  const log = page.getByRole('alert').filter({ hasText: 'Kết quả nhập' });
  await expect(log).toContainText('gimhae.html: đã nhập.');
  await expect(log).toContainText('rong.txt: Tệp rỗng.');
  await expect(log).toContainText('anh.txt: Tệp không phải văn bản');
  await expect(log).toContainText('cu.txt: Tệp không ở mã UTF-8');
  await expect(page.getByRole('table', { name: 'Các bài đã nhập' }).getByRole('row')).toHaveCount(2);
  await expect(page).not.toHaveTitle('pwned');
  await page.screenshot({ path: `${SCREENSHOTS}/articles-import-log.png`, fullPage: true });
});
