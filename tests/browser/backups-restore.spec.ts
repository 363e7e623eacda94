import { expectAccessible } from './axe.js';
import { callApi, expect, test } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';

test('Settings: a backup is restored after a dialog showing its date and counts, and every screen refreshes', async ({
  app,
  appPage: page,
}) => {
  test.setTimeout(120_000); // two axe scans and a restore on a machine shared with others
  const hue = await callApi(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city' });
  await callApi(app, 'organizations.create', { name: '경주시', country: 'KR', kind: 'city' });
  const backup = (await callApi(app, 'backups.create', {})) as unknown as { fileName: string };
  await callApi(app, 'organizations.delete', { id: hue.id });

  await page.goto(`${app.url}#/organizations`);
  await expect(page.getByRole('link', { name: '경주시' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thành phố Huế' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByRole('button', { name: `Khôi phục bản sao lưu ${backup.fileName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu' });
  const contents = dialog.getByRole('table', { name: 'Nội dung' });
  await expect(contents.getByRole('row', { name: /Cơ quan, địa phương\s*2/ })).toBeVisible();
  await expect(contents.getByRole('row', { name: /Thời điểm sao lưu/ })).toBeVisible();
  await expect(contents.getByRole('row', { name: /Đoàn\s*0/ })).toBeVisible();
  await expectAccessible(page, 'restore dialog');
  await page.screenshot({ path: `${SCREENSHOTS}/backup-restore-dialog.png` });

  await dialog.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await expect(page.getByRole('status')).toContainText(`Đã khôi phục bản sao lưu ${backup.fileName}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The list refreshed with the copy kept before the restore.
  await expect(page.getByRole('table', { name: 'Sao lưu' })).toContainText('-before-restore.db');
  await page.screenshot({ path: `${SCREENSHOTS}/backup-restored.png`, fullPage: true });

  // Cached lists came from the replaced store: they show the restored data without a reload.
  await page.getByRole('link', { name: 'Cơ quan, địa phương' }).click();
  await expect(page.getByRole('link', { name: 'Thành phố Huế' })).toBeVisible();
});
