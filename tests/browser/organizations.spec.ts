import { expectAccessible } from './axe.js';
import { expect, test } from './fixtures.js';
import { fillNewOrganization } from './organization-form.js';

// The app opens on delegations; these tests start from the organisations screen.
test.beforeEach(async ({ appPage: page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Cơ quan, địa phương' }).click();
});

const SCREENSHOTS = 'tests/artifacts';

test('create, find by folded search, edit and delete an organisation', async ({ appPage: page }) => {
  await expect(page.getByRole('heading', { name: 'Cơ quan, địa phương' })).toBeVisible();
  await expect(page.getByText('Chưa có cơ quan nào')).toBeVisible();

  const dialog = await fillNewOrganization(page, {
    name: 'Thành phố Đà Nẵng',
    alias: 'Da Nang City',
    countrySearch: 'viet', // folded: finds "Việt Nam"
    countryOption: 'Việt Nam (VN)',
    kindOption: 'Thành phố',
  });
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('status')).toContainText('Đã lưu “Thành phố Đà Nẵng”');
  const table = page.getByRole('table', { name: 'Danh sách cơ quan' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Da Nang City');
  await expect(table).toContainText('Việt Nam');

  // Folded search: no diacritics, no đ, lower case.
  const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await search.fill('da nang');
  await expect(table.getByText('Thành phố Đà Nẵng', { exact: true })).toBeVisible();
  await search.fill('hue');
  await expect(page.getByText('Không tìm thấy cơ quan nào khớp với “hue”.')).toBeVisible();
  await search.fill('');
  await expect(table.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Sửa Thành phố Đà Nẵng' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Sửa: Thành phố Đà Nẵng' });
  await editDialog.getByRole('textbox', { name: 'Tên', exact: true }).fill('Ủy ban nhân dân thành phố Đà Nẵng');
  await editDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu “Ủy ban nhân dân thành phố Đà Nẵng”');
  await expect(table).toContainText('Ủy ban nhân dân thành phố Đà Nẵng');
  await page.screenshot({ path: `${SCREENSHOTS}/organizations-vi.png`, fullPage: true });

  await page.getByRole('button', { name: 'Xóa Ủy ban nhân dân thành phố Đà Nẵng' }).click();
  await page.getByRole('dialog', { name: 'Xóa cơ quan?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Chưa có cơ quan nào')).toBeVisible();
  await search.fill('da nang');
  await expect(page.getByText('Không tìm thấy cơ quan nào khớp với “da nang”.')).toBeVisible();
});

test('bad input shows the message on the field and writes nothing', async ({ appPage: page }) => {
  await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan, địa phương' });
  const name = dialog.getByRole('textbox', { name: 'Tên', exact: true });

  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Bắt buộc nhập.')).toHaveCount(3); // name, country, kind

  await name.fill('x'.repeat(2000));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Quá dài.')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/organization-form-errors.png` });

  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('Chưa có cơ quan nào')).toBeVisible();
});

test('a duplicate name in the same country is refused on the name field', async ({ appPage: page }) => {
  for (const attempt of [1, 2]) {
    const dialog = await fillNewOrganization(page, {
      name: 'Thành phố Huế',
      countrySearch: 'VN',
      countryOption: 'Việt Nam (VN)',
      kindOption: 'Thành phố',
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    if (attempt === 2) {
      await expect(dialog.getByText('Đã có cơ quan cùng tên ở quốc gia này.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Hủy' }).click();
    }
  }
  await expect(page.getByRole('table', { name: 'Danh sách cơ quan' }).getByRole('row')).toHaveCount(2);
});

test('English is selectable and remembered', async ({ appPage: page }) => {
  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add organisation' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Organisations' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/organizations-en.png` });
});

test('every screen passes the accessibility check', async ({ appPage: page }) => {
  await expect(page.getByText('Chưa có cơ quan nào')).toBeVisible();
  await expectAccessible(page, 'organisations list (empty)');

  await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan, địa phương' });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Bắt buộc nhập.').first()).toBeVisible();
  await expectAccessible(page, 'organisation form with errors');

  await dialog.getByRole('button', { name: 'Hủy' }).click();
  const korean = await fillNewOrganization(page, {
    name: 'Thành phố Gyeongju',
    alias: '경주시',
    countrySearch: 'han quoc',
    countryOption: 'Hàn Quốc (KR)',
    kindOption: 'Thành phố',
  });
  await korean.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('table', { name: 'Danh sách cơ quan' })).toContainText('경주시');
  await expectAccessible(page, 'organisations list (one row)');

  await page.getByRole('button', { name: 'Xóa Thành phố Gyeongju' }).click();
  await expect(page.getByRole('dialog', { name: 'Xóa cơ quan?' })).toBeVisible();
  await expectAccessible(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
  await expect(page.getByText('Trình duyệt (chỉ trên máy này)')).toBeVisible();
  await expect(page.getByText('Chưa có bản sao lưu nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByRole('table', { name: 'Sao lưu' })).toContainText('-manual.db');
  await expectAccessible(page, 'settings');
  await page.screenshot({ path: `${SCREENSHOTS}/settings.png` });
});
