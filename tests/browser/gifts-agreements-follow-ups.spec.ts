import { addDays, format } from 'date-fns';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expectAccessible } from './axe.js';
import { choose, pick } from './delegation-form.js';
import { callApi, expect, test } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';
/** A real 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

test('enter the Hanoi–Gyeonggi MoU with its two parties and nine points', async ({ app, appPage: page }) => {
  await callApi(app, 'organizations.create', { name: 'Thành phố Hà Nội', country: 'VN', kind: 'city', isHome: true });
  await callApi(app, 'organizations.create', {
    name: 'Tỉnh Gyeonggi',
    aliases: ['경기도'],
    country: 'KR',
    kind: 'province',
  });
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
  await page.getByRole('link', { name: 'Thêm thỏa thuận' }).click();
  await page.getByRole('textbox', { name: 'Tên văn bản' }).fill('Bản ghi nhớ hữu nghị và hợp tác Hà Nội – Gyeonggi');
  await choose(page, page, 'Loại', 'Bản ghi nhớ (MoU)');
  await choose(page, page, 'Trạng thái', 'Đã ký');
  await page.getByRole('textbox', { name: 'Ngày ký' }).fill('10/2024');

  // One party only is refused on the parties list.
  await pick(page, page, 'Bên 1', 'ha noi', 'Thành phố Hà Nội');
  await page.getByRole('button', { name: 'Bỏ bên 2' }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Thỏa thuận cần ít nhất hai bên.')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm bên' }).click();
  await pick(page, page, 'Bên 2', 'gyeonggi', 'Tỉnh Gyeonggi');

  const points = [
    'Kinh tế',
    'Thương mại',
    'Thành phố thông minh',
    'Phát triển đô thị',
    'Nghệ thuật',
    'Di sản',
    'Thể thao',
    'Khí hậu và năng lượng',
    'Y tế',
  ];
  for (const [index, field] of points.entries()) {
    await page.getByRole('button', { name: 'Thêm điểm' }).click();
    const point = page.getByRole('region', { name: `Điểm ${index + 1}` });
    await pick(page, point, `Lĩnh vực của điểm ${index + 1}`, field, field);
    await point
      .getByRole('textbox', { name: 'Nội dung điểm (như văn bản ghi)' })
      .fill(`Hợp tác về ${field.toLowerCase()}`);
  }
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu thỏa thuận.');
  await expect(page.getByRole('heading', { name: 'Lĩnh vực hợp tác (9 điểm)' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/agreement-form.png`, fullPage: true });

  await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
  const table = page.getByRole('table', { name: 'Thỏa thuận hợp tác' });
  await expect(table).toContainText('Thành phố Hà Nội – Tỉnh Gyeonggi');
  await expect(table).toContainText('9 điểm');
});

test('a souvenir received during the Gyeongju visit shows its report due date; bad values are refused', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'sampleData.load', {});
  await page.reload();
  await page.getByRole('link', { name: 'Thành phố Gyeongju → Thành phố Huế' }).click();
  await page.getByRole('link', { name: 'Thêm quà tặng' }).click();
  await expect(page.getByRole('heading', { name: 'Thêm quà tặng' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Thuộc đoàn' })).toHaveValue(/Thành phố Gyeongju → Thành phố Huế/);
  await page.getByRole('textbox', { name: 'Ngày tặng/nhận' }).fill('14/10/2025');
  await choose(page, page, 'Người tặng (trong đoàn)', 'Song Ho-jun — Phó Thị trưởng thành phố Gyeongju');
  await pick(page, page, 'Cơ quan tặng', 'gyeongju', 'Thành phố Gyeongju');
  await choose(
    page,
    page,
    'Người nhận (trong đoàn)',
    'Nguyễn Thanh Bình — Phó Chủ tịch Thường trực UBND thành phố Huế',
  );
  await pick(page, page, 'Cơ quan nhận', 'hue', 'Thành phố Huế');
  await page.getByRole('textbox', { name: 'Hiện vật' }).fill('Bình gốm Silla');

  // A photo: a text file named .png is refused by its bytes; a real PNG shows as a thumbnail.
  const fileInput = page.locator('input[type=file]');
  await fileInput.setInputFiles({
    name: 'binh-gom.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a picture'),
  });
  await expect(page.getByText('Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc PDF.')).toBeVisible();
  await fileInput.setInputFiles({ name: 'binh-gom.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
  await expect(page.getByRole('img', { name: 'binh-gom.png' })).toBeVisible();

  // Negative value, and a disposition dated before the gift was received.
  await page.getByRole('textbox', { name: 'Giá trị ước tính' }).fill('-500000');
  await choose(page, page, 'Hình thức xử lý', 'Giữ làm kỷ vật của cơ quan');
  await page.getByRole('textbox', { name: 'Ngày xử lý' }).fill('10/10/2025');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Không được âm.')).toBeVisible();
  await expect(page.getByText('Không thể trước ngày nhận.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Giá trị ước tính' }).fill('1500000');
  await page.getByRole('textbox', { name: 'Ngày xử lý' }).fill('30/10/2025');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('status')).toContainText('Đã lưu quà tặng.');
  await expect(page.getByText('Hạn báo cáo: 21/10/2025')).toBeVisible();
  await expect(page.getByText('Báo cáo trước 21/10/2025')).toBeVisible();
  await expect(page.getByRole('img', { name: 'binh-gom.png' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/gift-form.png`, fullPage: true });

  await page.getByRole('navigation').getByRole('link', { name: 'Quà tặng' }).click();
  await expect(page.getByRole('table', { name: 'Sổ quà tặng' })).toContainText('Bình gốm Silla');
  await page.screenshot({ path: `${SCREENSHOTS}/gifts.png`, fullPage: true });
});

test('giving the same item to the same partner again is warned about', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.goto(`${app.url}#/gifts/new`);
  await page.getByText('Ta tặng', { exact: true }).click();
  // The visit picker asks the store as one types: a word of a partner's name finds its visit; nothing, nothing.
  const visit = page.getByRole('combobox', { name: 'Thuộc đoàn' });
  await visit.fill('zzzz');
  await expect(page.getByText('Không tìm thấy')).toBeVisible();
  await pick(page, page, 'Thuộc đoàn', 'gyeongju', /^Thành phố Gyeongju → Thành phố Huế/);
  await expect(visit).toHaveValue(/^Thành phố Gyeongju → Thành phố Huế/);
  await pick(page, page, 'Cơ quan nhận', 'gyeongju', 'Thành phố Gyeongju');
  await page.getByRole('textbox', { name: 'Hiện vật' }).fill('quà lưu niệm');
  await expect(page.getByRole('alert').filter({ hasText: 'Đã từng tặng món này cho đơn vị này' })).toContainText(
    '14/10/2025',
  );
});

test('export the gift register and read the XLSX back', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'Quà tặng' }).click();
  await expect(page.getByText('2 quà tặng', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Xuất Excel / CSV' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^so-qua-tang-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Sổ quà tặng')!;
  expect(sheet.getRow(1).values).toContain('Hiện vật');
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(2).getCell(3).value).toBe('Quà lưu niệm');
  expect(sheet.getRow(2).getCell(8).value).toBe('Nguyễn Thanh Bình');
  expect(sheet.getRow(2).getCell(12).value).toBe('Phó Thị trưởng thành phố Gyeongju');
});

test('mark a follow-up done with a note', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'Việc cần theo dõi' }).click();
  const table = page.getByRole('table', { name: 'Việc cần theo dõi' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await page
    .getByRole('button', { name: 'Đánh dấu xong: Tổ chức các hoạt động kỷ niệm 30 năm quan hệ Hà Nội – Seoul' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Đánh dấu đã xong' });
  await dialog.getByRole('textbox', { name: 'Đã làm gì (ghi chú)' }).fill('Đã thống nhất chương trình với Seoul');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.getByRole('switch', { name: 'Hiện cả việc đã xong' }).check();
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table).toContainText('Đã xong');
  await page.screenshot({ path: `${SCREENSHOTS}/follow-ups.png`, fullPage: true });
});

test('the follow-up list shows a hundred at a time, says how many there are in all, and shows more on request', async ({
  app,
  appPage: page,
}) => {
  // Due on consecutive days, so the list's order is the order they are made in.
  for (let n = 1; n <= 130; n++)
    await callApi(app, 'followUps.create', {
      text: `Việc số ${n}`,
      due: format(addDays(new Date(2031, 0, 1), n), 'yyyy-MM-dd'),
    });
  await page.getByRole('navigation').getByRole('link', { name: 'Việc cần theo dõi' }).click();
  const table = page.getByRole('table', { name: 'Việc cần theo dõi' });
  const count = page.getByRole('status').filter({ hasText: 'Đang hiện' });
  await expect(count).toHaveText('Đang hiện 100 trên 130 việc');
  await expect(table.getByRole('row')).toHaveCount(101);
  await expect(table.getByRole('row').nth(100)).toContainText('Việc số 100');

  await page.screenshot({ path: `${SCREENSHOTS}/follow-ups-more.png`, fullPage: true });
  await page.getByRole('button', { name: 'Xem thêm 100 việc' }).click();
  await expect(table.getByRole('row')).toHaveCount(131);
  await expect(table.getByRole('row').nth(130)).toContainText('Việc số 130');
  // The whole list is shown: no count of what is left, no button.
  await expect(count).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Xem thêm 100 việc' })).toHaveCount(0);

  // Done on a line of the second hundred: both hundreds are fetched again, without it.
  await page.getByRole('button', { name: 'Đánh dấu xong: Việc số 120' }).click();
  await page.getByRole('dialog', { name: 'Đánh dấu đã xong' }).getByRole('button', { name: 'Lưu' }).click();
  await expect(table.getByRole('row')).toHaveCount(130);
  await expect(table).not.toContainText('Việc số 120');
  await expect(table.getByRole('row').nth(129)).toContainText('Việc số 130');
});

test('the search box finds "gyeonggi" across kinds and Enter opens the first', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.reload();
  await expect(page.getByText('3 đoàn', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: 'Tìm kiếm' }).last();
  await expect(box).toBeFocused();
  await box.fill('gyeonggi');
  // One hit of each kind (the group headings are drawn by CSS, so the hits themselves are checked).
  const results = page.getByRole('dialog');
  for (const hit of [
    /^Tỉnh Gyeonggi/,
    /^Thành phố Hà Nội → Tỉnh Gyeonggi/,
    /^Bản ghi nhớ .* Gyeonggi/,
    /^Tổ chức các hoạt động kỷ niệm 30 năm/,
  ]) {
    await expect(results.getByRole('button', { name: hit })).toBeVisible();
  }
  // The organisation itself ranks first.
  await expect(results.getByRole('button').first()).toHaveText(/^Tỉnh Gyeonggi/);
  await page.screenshot({ path: `${SCREENSHOTS}/search.png` });
  await expectAccessible(page, 'search box');
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tỉnh Gyeonggi', level: 2 })).toBeVisible();
});

test('the gifts, agreements, follow-ups and settings screens pass the accessibility check', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'sampleData.load', {});
  await page.reload();
  for (const [link, ready] of [
    ['Quà tặng', 'Sổ quà tặng'],
    ['Thỏa thuận', 'Thỏa thuận hợp tác'],
    ['Việc cần theo dõi', 'Việc cần theo dõi'],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: link }).click();
    await expect(page.getByRole('table', { name: ready })).toBeVisible();
    await expectAccessible(page, link);
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
  await page.getByRole('link', { name: /Gyeonggi/ }).click();
  await expect(page.getByRole('region', { name: 'Điểm 9' })).toBeVisible();
  await expectAccessible(page, 'agreement form');
  await page.getByRole('navigation').getByRole('link', { name: 'Quà tặng' }).click();
  await page.getByRole('link', { name: 'Thêm quà tặng' }).click();
  await expect(page.getByRole('heading', { name: 'Thêm quà tặng' })).toBeVisible();
  await expectAccessible(page, 'gift form');
  await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
  await expect(page.getByRole('table', { name: 'Ngày lễ theo luật' })).toContainText('Tết Nguyên đán');
  await expectAccessible(page, 'settings with the calendar');
  await page.screenshot({ path: `${SCREENSHOTS}/settings.png`, fullPage: true });
});
