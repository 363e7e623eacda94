import { expectAccessible } from './axe.js';
import { addParticipant, choose, pick } from './delegation-form.js';
import { callApi, expect, test, createHue } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';

test('log the Gyeongju visit with its people and programme, find it, and see it on the dossier', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  await callApi(app, 'organizations.create', {
    name: 'Thành phố Gyeongju',
    aliases: ['경주시'],
    country: 'KR',
    kind: 'city',
  });
  await page.reload();

  await page.getByRole('link', { name: 'Thêm đoàn' }).click();
  await expect(page.getByRole('heading', { name: 'Thêm đoàn' })).toBeVisible();
  await pick(page, page, 'Đơn vị cử đoàn', 'gyeongju', 'Thành phố Gyeongju');
  await pick(page, page, 'Đơn vị đón tiếp', 'hue', 'Thành phố Huế');
  await page.getByRole('textbox', { name: 'Từ ngày' }).fill('14/10/2025');
  await page.getByRole('textbox', { name: 'Địa điểm', exact: true }).fill('Huế');
  await choose(page, page, 'Trạng thái', 'Đã thực hiện');
  await page
    .getByRole('textbox', { name: 'Mục đích chuyến thăm' })
    .fill('Dự hội nghị khu vực OWHC-AP lần thứ 5 tại Huế.');

  await addParticipant(page, {
    side: 'guest',
    number: 1,
    name: 'Song Ho-jun',
    role: 'Trưởng đoàn',
    title: 'Phó Thị trưởng thành phố Gyeongju',
  });
  await addParticipant(page, {
    side: 'host',
    number: 2,
    name: 'Nguyễn Thanh Bình',
    title: 'Phó Chủ tịch Thường trực UBND thành phố Huế',
  });

  await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
  const item = page.getByRole('region', { name: 'Hoạt động thứ 1' });
  await choose(page, item, 'Hoạt động 1', 'Tiếp');
  await expect(item.getByRole('textbox', { name: 'Ngày' })).toHaveValue('14/10/2025');
  await item.getByLabel('Giờ').fill('09:30');
  await pick(page, item, 'Người tham dự', 'song', 'Song Ho-jun');
  await pick(page, item, 'Người tham dự', 'nguyen', 'Nguyễn Thanh Bình');
  await item.getByRole('textbox', { name: 'Nội dung' }).fill('Trao đổi về hợp tác du lịch, thương mại và đào tạo.');
  await item.getByRole('textbox', { name: 'Kết quả' }).fill('Hai bên thống nhất đẩy mạnh giao lưu du lịch.');
  await page.screenshot({ path: `${SCREENSHOTS}/delegation-form.png`, fullPage: true });
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('heading', { name: 'Thành phố Gyeongju → Thành phố Huế' })).toBeVisible();
  const guests = page.getByRole('table', { name: 'Thành phần đoàn' });
  await expect(guests).toContainText('Song Ho-jun');
  await expect(guests).toContainText('Trưởng đoàn');
  await expect(page.getByRole('table', { name: 'Phía đón tiếp' })).toContainText(
    'Phó Chủ tịch Thường trực UBND thành phố Huế',
  );
  const programme = page.getByRole('table', { name: 'Chương trình làm việc' });
  await expect(programme).toContainText('14/10/2025 09:30');
  await expect(programme).toContainText('Hai bên thống nhất đẩy mạnh giao lưu du lịch.');
  await page.screenshot({ path: `${SCREENSHOTS}/delegation-page.png`, fullPage: true });

  await page.getByRole('navigation').getByRole('link', { name: 'Đoàn ra, đoàn vào' }).click();
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  const list = page.getByRole('table', { name: 'Danh sách đoàn' });
  for (const query of ['gyeongju', 'hue', 'song ho', '경주시']) {
    await search.fill(query);
    await expect(page.getByText('1 đoàn', { exact: true })).toBeVisible();
    await expect(list).toContainText('Thành phố Gyeongju → Thành phố Huế');
  }
  await search.fill('seoul');
  await expect(page.getByText('Không có đoàn nào khớp với bộ lọc.')).toBeVisible();

  await search.fill('');
  await list.getByRole('link', { name: 'Thành phố Gyeongju → Thành phố Huế' }).click();
  await page.getByRole('link', { name: 'Xem hồ sơ đối tác' }).click();
  await expect(page.getByRole('heading', { name: 'Thành phố Gyeongju', level: 2 })).toBeVisible();
  await expect(page.getByText('Lần gặp gần nhất')).toBeVisible();
  await expect(page.getByRole('link', { name: /14\/10\/2025 — Thành phố Gyeongju → Thành phố Huế/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Các chuyến thăm' })).toContainText('Song Ho-jun');
  await page.screenshot({ path: `${SCREENSHOTS}/dossier.png`, fullPage: true });
});

test('sample data: a person with two appearances shows the title held at each', async ({ appPage: page }) => {
  // The home page of a new install offers the sample data, and no longer once it is loaded.
  await page.getByRole('navigation').getByRole('link', { name: 'Hôm nay' }).click();
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByRole('button', { name: 'Nạp dữ liệu mẫu' })).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Đoàn ra, đoàn vào' }).click();
  await expect(page.getByText('3 đoàn', { exact: true })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Nhân vật' }).click();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('nguyen thanh');
  // As a user would: wait until the list has narrowed to the one match, then open it (not a row of the old list).
  const people = page.getByRole('table', { name: 'Nhân vật' });
  await expect(people.getByRole('row')).toHaveCount(2);
  await people.getByRole('link', { name: 'Nguyễn Thanh Bình' }).click();
  const appearances = page.getByRole('table', { name: 'Các lần xuất hiện' });
  await expect(appearances.getByRole('row')).toHaveCount(3);
  await expect(appearances.getByRole('row').nth(1)).toContainText('Phó Chủ tịch Thường trực UBND thành phố Huế');
  await expect(appearances.getByRole('row').nth(1)).toContainText('14/10/2025');
  await expect(appearances.getByRole('row').nth(2)).toContainText('Phó Chủ tịch Thường trực UBND tỉnh Thừa Thiên Huế');
  await expect(appearances.getByRole('row').nth(2)).toContainText('2023');
  await page.screenshot({ path: `${SCREENSHOTS}/person.png`, fullPage: true });
});

test('bad input on the delegation form is shown on its field and nothing is saved', async ({ app, appPage: page }) => {
  await callApi(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  await page.reload();
  await page.getByRole('link', { name: 'Thêm đoàn' }).click();
  await pick(page, page, 'Đơn vị cử đoàn', 'nara', 'Tỉnh Nara');
  await pick(page, page, 'Đơn vị đón tiếp', 'hue', 'Thành phố Huế');

  // End before start.
  await page.getByRole('textbox', { name: 'Từ ngày' }).fill('20/10/2025');
  await page.getByRole('textbox', { name: 'Đến ngày' }).fill('19/10/2025');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Ngày kết thúc trước ngày bắt đầu.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Đến ngày' }).fill('22/10/2025');

  // A name made only of spaces, in the inline person form.
  await page.getByRole('button', { name: 'Thêm thành viên đoàn' }).click();
  await page.getByRole('region', { name: 'Người thứ 1' }).getByRole('button', { name: 'Người mới' }).click();
  const personDialog = page.getByRole('dialog', { name: 'Thêm người' });
  await personDialog.getByRole('textbox', { name: 'Họ và tên' }).fill('    ');
  await personDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(personDialog.getByText('Bắt buộc nhập.')).toBeVisible();
  await personDialog.getByRole('textbox', { name: 'Họ và tên' }).fill('Hitomi Tatsuya');
  await personDialog.getByRole('button', { name: 'Lưu' }).click();
  await personDialog.waitFor({ state: 'detached' });

  // The same person twice, and a title of 10,000 characters.
  await page.getByRole('button', { name: 'Thêm người đón tiếp' }).click();
  const second = page.getByRole('region', { name: 'Người thứ 2' });
  await pick(page, second, 'Họ tên 2', 'hitomi', 'Hitomi Tatsuya');
  await second.getByRole('textbox', { name: 'Chức danh (lúc đó)' }).fill('x'.repeat(10_000));
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(second.getByText('Người này đã có trong đoàn.')).toBeVisible();
  await expect(second.getByText('Quá dài.')).toBeVisible();
  await expect(page.getByText('Hãy xem lại các trường được đánh dấu đỏ.')).toBeVisible();
  // What was typed is kept.
  await expect(page.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('20/10/2025');

  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('0 đoàn', { exact: true })).toBeVisible();
});

test('text that looks like HTML is shown as text; delete asks, hides and can be undone', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const visit = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: nara.id,
    hostOrgId: hue.id,
    startDate: '2023',
    purpose: '<img src=x onerror="document.title=\'pwned\'"><b>in đậm</b>',
  });
  await page.goto(`${app.url}#/delegations/${visit.id}`);
  await expect(page.getByText('<img src=x onerror="document.title=\'pwned\'"><b>in đậm</b>')).toBeVisible();
  await expect(page).toHaveTitle('Protocol Desk');

  await page.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa đoàn?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Đã xóa đoàn')).toBeVisible();
  await page.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('heading', { name: 'Tỉnh Nara → Thành phố Huế' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('Khôi phục');
});

test('the delegation screens pass the accessibility check', async ({ appPage: page }) => {
  await expect(page.getByRole('button', { name: 'Nạp dữ liệu mẫu' })).toBeVisible();
  await expectAccessible(page, 'delegations (empty, sample data offer)');
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByText('3 đoàn', { exact: true })).toBeVisible();
  await expectAccessible(page, 'delegations list');

  await page.getByRole('link', { name: 'Thành phố Hà Nội → Tỉnh Gyeonggi' }).click();
  await expect(page.getByRole('table', { name: 'Chương trình làm việc' })).toBeVisible();
  await expectAccessible(page, 'delegation page');

  await page.getByRole('link', { name: 'Sửa' }).click();
  await expect(page.getByRole('heading', { name: 'Sửa thông tin đoàn' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Người thứ 5' })).toBeVisible();
  await expectAccessible(page, 'delegation form');
  await page.getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('link', { name: 'Xem hồ sơ đối tác' }).click();
  await expect(page.getByText('Lần gặp gần nhất')).toBeVisible();
  await expectAccessible(page, 'organisation dossier');

  await page.getByRole('navigation').getByRole('link', { name: 'Nhân vật' }).click();
  await page.getByRole('link', { name: 'Oh Se-hoon' }).click();
  await expect(page.getByRole('table', { name: 'Các lần xuất hiện' })).toBeVisible();
  await expectAccessible(page, 'person page');
});
