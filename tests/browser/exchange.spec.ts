import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe.js';
import { callApi, expect, test } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';

async function importFile(page: Page, file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp trao đổi' }).click(),
  ]);
  await chooser.setFiles(file);
}

test('export every record, import it on another machine, and see the records there', async ({
  app,
  otherApp,
  appPage: page,
}, testInfo) => {
  // Two apps, a download, two imports and an accessibility scan on a shared CPU.
  test.slow();
  await callApi(app, 'sampleData.load', {});
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByRole('heading', { name: 'Trao đổi dữ liệu' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất toàn bộ' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^trao-doi-tat-ca-\d{4}-\d{2}-\d{2}\.pdx\.json\.gz$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  // A copy with one byte of the organisations changed is refused, and the other store stays empty.
  const container = JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as { parts: Record<string, string> };
  const organizations = Buffer.from(container.parts['tables/organizations.json']!, 'base64');
  organizations[organizations.indexOf('Seoul')] = 'Z'.charCodeAt(0);
  container.parts['tables/organizations.json'] = organizations.toString('base64');
  const tampered = testInfo.outputPath('tampered.pdx.json.gz');
  await writeFile(tampered, gzipSync(JSON.stringify(container)));

  await page.goto(`${otherApp.url}#/settings`);
  await importFile(page, tampered);
  await expect(page.getByRole('alert')).toContainText('Không nhập được tệp trao đổi này');
  await expect(page.getByText('checksum of tables/organizations.json does not match')).toBeVisible();
  expect(await callApi(otherApp, 'organizations.list', {})).toEqual([]);

  await page.goto(`${otherApp.url}#/settings`);
  await importFile(page, file);
  const status = page.getByRole('status').filter({ hasText: 'Đã nhập tệp tạo lúc' });
  await expect(status).toContainText('xung đột 0');
  await expect(page.getByText('Không có xung đột.')).toBeVisible();
  await expectAccessible(page, 'settings after an import');
  await page.screenshot({ path: join(SCREENSHOTS, 'exchange-imported.png'), fullPage: true });

  // The records are there, found by the search index that the import built.
  await page.getByRole('navigation').getByRole('link', { name: 'Đoàn ra, đoàn vào' }).click();
  await expect(page.getByRole('link', { name: /Gyeonggi/ }).first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('gyeongju');
  await expect(page.getByRole('link', { name: /Gyeongju/ }).first()).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'exchange-delegations-on-other-machine.png'), fullPage: true });

  // The same file again: nothing new, nothing in conflict.
  await page.goto(`${otherApp.url}#/settings`);
  await importFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: 'thêm 0, cập nhật 0' })).toBeVisible();
});

test("export one organisation's records from the picker", async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.goto(`${app.url}#/settings`);
  const exportOne = page.getByRole('button', { name: 'Xuất dữ liệu của đơn vị này' });
  await expect(exportOne).toBeDisabled();
  await page.getByRole('combobox', { name: 'Chỉ dữ liệu của cơ quan, tổ chức' }).fill('gyeonggi');
  await page.getByRole('option', { name: 'Tỉnh Gyeonggi' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), exportOne.click()]);
  expect(download.suggestedFilename()).toMatch(/^trao-doi-tinh-gyeonggi-/);
  const container = JSON.parse(gunzipSync(await readFile((await download.path())!)).toString('utf8')) as {
    manifest: { counts: Record<string, number>; organizationId: string };
  };
  expect(container.manifest.counts.delegations).toBeGreaterThan(0);
  expect(container.manifest.counts.calendar_adjustments).toBe(0);
});

test('a record changed on both machines is listed as a conflict and kept as it is here', async ({
  app,
  otherApp,
  appPage: page,
}, testInfo) => {
  test.slow();
  await callApi(app, 'sampleData.load', {});
  const first = (await callApi(app, 'exchange.export', {})) as unknown as { base64: string };
  const { uploadId } = (await callApi(otherApp, 'uploads.begin', {
    size: Buffer.from(first.base64, 'base64').length,
  })) as unknown as { uploadId: string };
  await callApi(otherApp, 'uploads.append', { uploadId, offset: 0, base64: first.base64 });
  await callApi(otherApp, 'exchange.import', { uploadId });
  const organizations = (await callApi(app, 'organizations.list', {})) as unknown as {
    id: string;
    name: string;
    createdAt: string;
    updatedAt: string;
  }[];
  const {
    createdAt: _created,
    updatedAt: _updated,
    ...gyeongju
  } = organizations.find((org) => org.name === 'Thành phố Gyeongju')!;
  await callApi(otherApp, 'organizations.update', { ...gyeongju, notes: 'Ghi chú trên máy này' });
  await callApi(app, 'organizations.update', { ...gyeongju, notes: 'Ghi chú trên máy kia' });
  const second = (await callApi(app, 'exchange.export', {})) as unknown as { base64: string; fileName: string };
  const file = testInfo.outputPath(second.fileName);
  await writeFile(file, Buffer.from(second.base64, 'base64'));

  await page.goto(`${otherApp.url}#/settings`);
  await importFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: 'xung đột 1' })).toBeVisible();
  const conflicts = page.getByRole('table', { name: 'Xung đột: giữ nguyên bản trên máy này' });
  const row = conflicts.getByRole('row').filter({ hasText: 'Thành phố Gyeongju' });
  await expect(row).toContainText('Sửa ở cả hai nơi');
  await expect(row).toContainText('Cơ quan, tổ chức');
  await expect(row).toContainText('notes');
  await page.screenshot({ path: join(SCREENSHOTS, 'exchange-conflict.png'), fullPage: true });
  const kept = (await callApi(otherApp, 'organizations.get', { id: gyeongju.id })) as unknown as { notes: string };
  expect(kept.notes).toBe('Ghi chú trên máy này');
});
