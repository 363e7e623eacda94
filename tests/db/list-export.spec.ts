import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ExportFile } from '../../shared/api/contract.js';
import type { Result } from '../../shared/api/result.js';
import type { Delegation } from '../../shared/domain/delegation.js';
import { call, dispatchNow, openTestApp } from '../helpers/temp-store.js';

let app: ReturnType<typeof openTestApp>;
test.beforeEach(() => {
  app = openTestApp();
});
test.afterEach(() => app.close());

/** One record per list whose text a spreadsheet would take for a formula, and one ordinary record. */
function seed() {
  const hue = call(app, 'organizations.create', { name: 'Thành phố Huế', country: 'VN', kind: 'city', isHome: true });
  const partner = call(app, 'organizations.create', { name: '=1+2 Tỉnh Thử', country: 'KR', kind: 'province' });
  const person = call(app, 'people.create', { fullName: '+84 Lê Văn An', nativeName: '이안' });
  call(app, 'people.create', { fullName: 'Song Ho-jun' });
  const visit = call<Delegation>(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: partner.id,
    hostOrgId: hue.id,
    startDate: '2025-10-14',
    endDate: '2025-10-16',
    purpose: '-2+3 trao đổi hợp tác',
    participants: [{ personId: person.id, side: 'guest', role: 'head', title: '@Chủ tịch' }],
  });
  call(app, 'delegations.create', {
    direction: 'outgoing',
    visitingOrgId: hue.id,
    hostOrgId: partner.id,
    startDate: '2026',
    purpose: 'Đi thăm',
  });
  call(app, 'agreements.create', {
    kind: 'mou',
    title: '@SUM(1) Bản ghi nhớ hợp tác',
    status: 'signed',
    signedOn: '2025-10-15',
    parties: [{ organizationId: hue.id }, { organizationId: partner.id }],
    fields: [{ fieldKey: 'tourism', text: 'Du lịch' }],
  });
  call(app, 'followUps.create', {
    text: '=HYPERLINK("http://x") mời dự lễ hội',
    organizationId: partner.id,
    due: '2026',
  });
  call(app, 'followUps.create', { text: 'Việc đã xong', status: 'done', doneOn: '2025-11-01' });
  call(app, 'gifts.create', {
    direction: 'given',
    date: '2025-10-15',
    item: '-5 hộp trà sen',
    delegationId: visit.id,
    giverOrgId: hue.id,
    recipientOrgId: partner.id,
  });
}

interface Case {
  list: string;
  filter: Record<string, unknown>;
  sheet: string;
  /** The first column's Vietnamese heading. */
  header: string;
  /** A heading and the value of the one exported row under it. */
  column: [string, string | number];
  /** The neutralised cell. */
  neutralised: string;
}

const CASES: Case[] = [
  {
    list: 'organizations',
    filter: { query: 'tinh thu' },
    sheet: 'Cơ quan, tổ chức',
    header: 'Tên',
    column: ['Quốc gia', 'Hàn Quốc'],
    neutralised: "'=1+2 Tỉnh Thử",
  },
  {
    list: 'people',
    filter: { query: 'le van an' },
    sheet: 'Nhân vật',
    header: 'Họ và tên',
    column: ['Tên bản ngữ', '이안'],
    neutralised: "'+84 Lê Văn An",
  },
  {
    list: 'delegations',
    filter: { direction: 'incoming' },
    sheet: 'Đoàn vào, đoàn ra',
    header: 'Chiều',
    column: ['Chức danh trưởng đoàn', "'@Chủ tịch"],
    neutralised: "'-2+3 trao đổi hợp tác",
  },
  {
    list: 'agreements',
    filter: { query: '' },
    sheet: 'Thỏa thuận',
    header: 'Tên văn bản',
    column: ['Ngày ký', '2025-10-15'],
    neutralised: "'@SUM(1) Bản ghi nhớ hợp tác",
  },
  {
    list: 'followUps',
    filter: { includeClosed: false },
    sheet: 'Việc cần theo dõi',
    header: 'Nội dung',
    column: ['Hạn', '2026'],
    neutralised: `'=HYPERLINK("http://x") mời dự lễ hội`,
  },
  {
    list: 'gifts',
    filter: { direction: 'given' },
    sheet: 'Sổ quà tặng',
    header: 'Ngày',
    column: ['Số lượng', 1],
    neutralised: "'-5 hộp trà sen",
  },
];

async function exported(input: Record<string, unknown>): Promise<ExportFile> {
  const result = (await app.dispatch('lists.export', input)) as Result<ExportFile>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** A small RFC 4180 reader: enough to check our own files cell by cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

for (const c of CASES) {
  test(`the ${c.list} list exports what its filter shows, in Vietnamese, formulas neutralised (CSV and XLSX)`, async () => {
    seed();
    const csvFile = await exported({ list: c.list, format: 'csv', filter: c.filter });
    expect(csvFile.fileName).toMatch(/\.csv$/);
    const bytes = Buffer.from(csvFile.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(headers![0]).toBe(c.header);
    expect(rows).toHaveLength(1);
    const at = headers!.indexOf(c.column[0]);
    expect(at, c.column[0]).toBeGreaterThanOrEqual(0);
    expect(rows[0]![at]).toBe(String(c.column[1]));
    expect(rows[0]).toContain(c.neutralised);
    for (const cell of rows[0]!) expect(cell, 'no cell may start a formula').not.toMatch(/^[=+\-@]/);

    const xlsxFile = await exported({ list: c.list, format: 'xlsx', filter: c.filter });
    expect(xlsxFile.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsxFile.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(c.sheet);
    expect(sheet, c.sheet).toBeDefined();
    expect(sheet!.rowCount).toBe(2);
    const heading = (sheet!.getRow(1).values as unknown[]).slice(1);
    const values = (sheet!.getRow(2).values as unknown[]).slice(1);
    expect(heading[0]).toBe(c.header);
    expect(values[heading.indexOf(c.column[0])]).toBe(c.column[1]);
    expect(values).toContain(c.neutralised);
    sheet!.getRow(2).eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@]/);
    });
  });
}

test('English headers when asked, and gifts.export is the same mechanism', async () => {
  seed();
  const file = await exported({ list: 'organizations', format: 'csv', language: 'en' });
  const [headers, ...rows] = parseCsv(Buffer.from(file.base64, 'base64').subarray(3).toString('utf8'));
  expect(headers!.slice(0, 3)).toEqual(['Name', 'Other names', 'Country code']);
  expect(rows).toHaveLength(2);
  expect(file.fileName).toMatch(/^organisations-/);
  const viaGifts = (await app.dispatch('gifts.export', { format: 'csv' })) as Result<ExportFile>;
  const viaLists = await exported({ list: 'gifts', format: 'csv' });
  expect(viaGifts.ok && Buffer.from(viaGifts.value.base64, 'base64').toString()).toBe(
    Buffer.from(viaLists.base64, 'base64').toString(),
  );
});

test('an unknown list or a bad filter is refused, naming the field', () => {
  const unknown = dispatchNow(app, 'lists.export', { list: 'calendar', format: 'csv' });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { list: 'invalid_choice' } } });
  const badFilter = dispatchNow(app, 'lists.export', {
    list: 'followUps',
    format: 'xlsx',
    filter: { includeClosed: 'yes' },
  });
  expect(badFilter).toMatchObject({ ok: false, error: { fields: { 'filter.includeClosed': 'invalid' } } });
  const wrongListFilter = dispatchNow(app, 'lists.export', {
    list: 'people',
    format: 'csv',
    filter: { direction: 'given' },
  });
  expect(wrongListFilter).toMatchObject({ ok: false, error: { fields: { 'filter.direction': 'unknown_field' } } });
});
