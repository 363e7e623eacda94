import { readdirSync, readFileSync } from 'node:fs';
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
  await expect(delegation.getByLabel('Chức danh lúc đó').first()).toHaveValue('Phó Thị trưởng thành phố Gimhae');
  await page.screenshot({ path: `${SCREENSHOTS}/article-review.png`, fullPage: true });
  // Scanned with the pointer on a subtle button, whose hover background once lowered its text under 4.5:1.
  await partner.getByRole('button', { name: 'Bỏ liên kết, tạo mới' }).hover();
  await expectAccessible(page, 'article review');

  await page.getByRole('button', { name: 'Ghi nhận các mục đã chọn' }).click();
  await expect(page.getByText('Đã ghi nhận')).toBeVisible();
  await page.getByRole('link', { name: 'Mở đoàn' }).click();
  await expect(page.getByRole('heading', { name: /Gimhae City/ }).first()).toBeVisible();
  const sources = page.getByRole('region', { name: 'Nguồn' });
  await expect(sources.getByRole('link', { name: 'Huế đón đoàn thành phố Gimhae, Hàn Quốc' })).toBeVisible();
  await expect(sources.getByTestId('source-quote')).toContainText('Park Sung-min');
  await page.screenshot({ path: `${SCREENSHOTS}/delegation-with-source.png`, fullPage: true });

  // The briefing sheet lists the article among its sources.
  await page.getByRole('link', { name: 'Bản thông tin' }).click();
  await expect(page.getByRole('heading', { name: /Nguồn/ })).toBeVisible();
  await expect(page.getByText('Huế đón đoàn thành phố Gimhae, Hàn Quốc (13/03/2025)')).toBeVisible();
  await page.goBack();

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

test('thirty files at once go in batches of 25, with progress, and every file gets its own line', async ({
  appPage: page,
}) => {
  test.slow();
  const folder = 'tests/fixtures/articles';
  const others = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, 25)
    .map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(`${folder}/${name}`) }));
  const text = (name: string, content: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });
  const edited = ARTICLE.replace('Huế đón đoàn', 'Thừa Thiên Huế tiếp đoàn').replace('trong năm 2026', 'vào năm 2026');
  const files = [
    text('gimhae.txt', ARTICLE),
    text('gimhae-ban-sao.txt', ARTICLE.replace(/\n/g, '\r\n')),
    text(
      'tieng-duc.txt',
      'Der Bürgermeister empfing gestern eine Delegation aus der Partnerstadt und sprach über Kultur.',
    ),
    text('qua-lon.txt', 'a'.repeat(5 * 1024 * 1024 + 1)),
    ...others.slice(0, 22),
    text('gimhae-sua.txt', edited),
    ...others.slice(22),
  ];
  expect(files).toHaveLength(30);

  // Each call is counted, and the second is held until the progress of the first batch has been seen.
  const calls: number[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/articles.import', async (route) => {
    const items = (route.request().postDataJSON() as { items: unknown[] }).items;
    calls.push(items.length);
    if (calls.length === 2) await held;
    await route.continue();
  });
  await page.getByText('English').click();
  await page.getByRole('link', { name: 'Source articles' }).click();
  await page.locator('input[type=file]').setInputFiles(files);
  // 29 files are sent (the one over 5 MB is refused unread): 25, then 4.
  await expect(page.getByText('Importing 26/30 files…')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'File import progress' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/articles-import-batches-progress-en.png`, fullPage: true });
  release();
  const log = page.getByRole('alert').filter({ hasText: 'Import results' });
  await expect(log.getByRole('listitem')).toHaveCount(30);
  expect(calls).toEqual([25, 4]);
  await expect(log).toContainText('gimhae.txt: imported.');
  await expect(log).toContainText(
    'gimhae-ban-sao.txt: already imported, not stored again: Huế đón đoàn thành phố Gimhae, Hàn Quốc (imported above, in this same import)',
  );
  await expect(log).toContainText("tieng-duc.txt: The article's language is not supported");
  await expect(log).toContainText('qua-lon.txt: The file is larger than 5 MB');
  await expect(log).toContainText(
    'gimhae-sua.txt: nearly the same as an article already imported, not stored again: Huế đón đoàn thành phố Gimhae, Hàn Quốc',
  );
  await expect(log.getByRole('listitem').filter({ hasText: 'imported. ' })).toHaveCount(26);
  await page.screenshot({ path: `${SCREENSHOTS}/articles-import-batches-en.png`, fullPage: true });

  // The same log in Vietnamese.
  await page.getByText('Tiếng Việt').click();
  await page.locator('input[type=file]').setInputFiles(files.slice(0, 4));
  const vi = page.getByRole('alert').filter({ hasText: 'Kết quả nhập' });
  await expect(vi.getByRole('listitem')).toHaveCount(4);
  await expect(vi).toContainText('gimhae.txt: bài này đã có, không lưu lại: Huế đón đoàn thành phố Gimhae, Hàn Quốc');
  await expect(vi).not.toContainText('cùng lần này');
  await expect(vi).toContainText('tieng-duc.txt: Chưa hỗ trợ ngôn ngữ của bài này');
  await expect(vi).toContainText('qua-lon.txt: Tệp lớn hơn 5 MB');
  await page.screenshot({ path: `${SCREENSHOTS}/articles-import-batches-vi.png`, fullPage: true });
  await expectAccessible(page, 'article import log');
});
