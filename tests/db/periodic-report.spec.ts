import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ExportFile } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import type { PeriodicReport } from '../../shared/domain/periodic-report.js';
import { call, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
  call(app, 'sampleData.load', {});
});
test.afterEach(() => app.close());

test('a year in numbers: visits by country and direction, agreements signed, gifts, follow-ups', () => {
  const report = call<PeriodicReport>(app, 'reports.periodic', { from: '2024-01-01', to: '2024-12-31' });
  expect(report.delegations).toMatchObject({ incoming: [], outgoing: [{ label: 'Hàn Quốc', count: 1 }], total: 1 });
  // Hanoi's chairman led the 2024 visit to Gyeonggi: one outgoing visit at leadership level.
  expect(report.delegations.byLevel).toEqual([
    { level: 'leadership', incoming: 0, outgoing: 1 },
    { level: 'deputy', incoming: 0, outgoing: 0 },
    { level: 'department', incoming: 0, outgoing: 0 },
    { level: 'other', incoming: 0, outgoing: 0 },
    { level: 'unknown', incoming: 0, outgoing: 0 },
  ]);
  expect(report.agreements.signed.map((row) => row.signedOn)).toEqual(['2024-10']);
  expect(report.followUps.open).toBe(4);
  const english = call<PeriodicReport>(app, 'reports.periodic', {
    from: '2025-10-01',
    to: '2025-12-31',
    language: 'en',
  });
  expect(english.delegations.incoming).toEqual([{ label: 'South Korea', count: 1 }]);
  expect(english.gifts.given).toBe(1);
  // Gyeongju's vice-mayor led the October 2025 visit to Huế.
  expect(english.delegations.byLevel.filter((row) => row.incoming + row.outgoing > 0)).toEqual([
    { level: 'deputy', incoming: 1, outgoing: 0 },
  ]);
  expect(dispatchNow(app, 'reports.periodic', { from: '2025-12-31', to: '2025-01-01' })).toMatchObject({
    ok: false,
    error: { fields: { to: 'end_before_start' } },
  });
});

test('the same report as a workbook, one sheet per section', async () => {
  const result = (await app.dispatch('reports.periodicXlsx', {
    from: '2024-01-01',
    to: '2024-12-31',
  })) as Result<ExportFile>;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(result.ok ? result.value.base64 : '', 'base64') as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'Đoàn',
    'Theo cấp',
    'Thỏa thuận',
    'Quà tặng',
    'Việc theo dõi',
  ]);
  expect(workbook.getWorksheet('Đoàn')!.getRow(2).values).toEqual([undefined, 'Hàn Quốc', 0, 1]);
  const levels = workbook.getWorksheet('Theo cấp')!;
  expect(levels.getRow(1).values).toEqual([undefined, 'Cấp trưởng đoàn', 'Đoàn vào', 'Đoàn ra']);
  expect(levels.getRow(2).values).toEqual([undefined, 'Lãnh đạo chủ chốt (Chủ tịch, Bí thư, Thị trưởng…)', 0, 1]);
  expect(levels.rowCount).toBe(6);
});
