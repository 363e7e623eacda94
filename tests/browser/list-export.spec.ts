import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { callApi, expect, test } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';

test('each list page exports what its filters show, as CSV or XLSX', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await callApi(app, 'people.create', { fullName: '=cmd|calc Lê Thử' });
  await page.goto(`${app.url}#/people`);
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('le thu');
  await expect(page.getByRole('link', { name: '=cmd|calc Lê Thử' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nguyễn Thanh Bình' })).toBeHidden();
  await page.getByRole('button', { name: 'Xuất Excel / CSV' }).click();
  await page.screenshot({ path: join(SCREENSHOTS, 'list-export-menu.png') });
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV (.csv)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^nhan-vat-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await csv.path())!, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^Họ và tên,Tên bản ngữ,/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^'=cmd\|calc Lê Thử,/);

  // Delegations, filtered to outgoing visits.
  await page.getByRole('navigation').getByRole('link', { name: 'Đoàn ra, đoàn vào' }).click();
  await page.getByRole('radiogroup', { name: 'Loại đoàn' }).getByText('Đoàn ra', { exact: true }).click();
  await expect(page.getByRole('table').getByText('Đoàn vào', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('table').getByText('Đoàn ra', { exact: true }).first()).toBeVisible();
  const shown = await page.getByRole('row').count();
  await page.getByRole('button', { name: 'Xuất Excel / CSV' }).click();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Đoàn vào, đoàn ra')!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Chiều');
  // The table's rows (heading included) are the sheet's rows.
  expect(sheet.rowCount).toBe(shown);
  for (let row = 2; row <= sheet.rowCount; row++) expect(sheet.getRow(row).getCell(1).value).toBe('outgoing');
});
