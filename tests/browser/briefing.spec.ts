import { execFileSync } from 'node:child_process';
import { expectAccessible } from './axe.js';
import { callApi, expect, test, createHue } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';

/** The text of a PDF, and the fonts it embeds (pdftotext alone passes even when every glyph is a box). */
function readPdf(file: string): { text: string; fonts: string } {
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
  };
}

/** Pages of a PDF's text with nothing on them (pdftotext ends each page with a form feed). */
function blankPages(text: string): number[] {
  return text
    .split('\f')
    .slice(0, -1)
    .flatMap((page, index) => (page.trim() === '' ? [index + 1] : []));
}

test('the briefing sheet of a new Gyeongju visit prints the delegation, last meeting, agreements, follow-ups and gifts, in order', async ({
  app,
  appPage: page,
}) => {
  // Sample data, an axe scan, two PDFs and a LibreOffice conversion: more than the default budget on a busy machine.
  test.slow();
  await callApi(app, 'sampleData.load', {});
  const [gyeongjuVisit] = (await callApi(app, 'delegations.list', { query: 'gyeongju' })) as unknown as {
    id: string;
    visitingOrgId: string;
    hostOrgId: string;
  }[];
  const song = ((await callApi(app, 'people.list', { query: 'song ho jun' })) as unknown as { id: string }[])[0]!;
  await callApi(app, 'agreements.create', {
    kind: 'letter_of_intent',
    title: 'Ý định thư hợp tác du lịch Huế – Gyeongju',
    status: 'in_force',
    signedOn: '2025-10',
    parties: [{ organizationId: gyeongjuVisit!.hostOrgId }, { organizationId: gyeongjuVisit!.visitingOrgId }],
    fields: [{ fieldKey: 'tourism', text: 'Giao lưu du lịch hai chiều', status: 'active' }],
  });
  const visit = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongjuVisit!.visitingOrgId,
    hostOrgId: gyeongjuVisit!.hostOrgId,
    startDate: '2030-05-04',
    purpose: 'Thăm lại Huế <script>document.title="x"</script>',
    participants: [{ personId: song.id, side: 'guest', role: 'head', title: 'Thị trưởng thành phố Gyeongju' }],
  });
  // The gift planned for this visit is the one given in 2025: the sheet must say so.
  await callApi(app, 'gifts.create', {
    direction: 'given',
    delegationId: visit.id,
    date: '2030-05-04',
    giverOrgId: gyeongjuVisit!.hostOrgId,
    recipientOrgId: gyeongjuVisit!.visitingOrgId,
    item: 'Quà lưu niệm',
  });

  await page.goto(`${app.url}#/delegations/${visit.id}`);
  await page.getByRole('link', { name: 'Bản thông tin' }).click();
  const sheet = page.getByRole('article', { name: 'BẢN THÔNG TIN PHỤC VỤ BUỔI TIẾP, LÀM VIỆC' });
  await expect(sheet).toContainText('LƯU HÀNH NỘI BỘ');
  await page.getByRole('textbox', { name: 'Nội dung cần nêu' }).fill('Cảm ơn Gyeongju đã dự OWHC-AP 2025.');
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu.');
  await expectAccessible(page, 'briefing sheet');

  await page.emulateMedia({ media: 'print' });
  const pdf = `${SCREENSHOTS}/briefing.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const { text, fonts } = readPdf(pdf);
  expect(fonts).toMatch(/NotoSans/);
  const order = [
    'LƯU HÀNH NỘI BỘ',
    'Song Ho-jun',
    'Thị trưởng thành phố Gyeongju',
    'Lần gặp gần nhất',
    '14/10/2025',
    'Ý định thư hợp tác du lịch Huế – Gyeongju',
    'Giao lưu du lịch hai chiều',
    'Đẩy mạnh hợp tác đầu tư và giao lưu du lịch Huế – Gyeongju',
    'Cảnh báo: quà dự kiến tặng lần này trùng món đã tặng: Quà lưu niệm',
    'đã tặng đối tác này ngày',
    '14/10/2025',
    'Quà lưu niệm',
    'Cảm ơn Gyeongju đã dự OWHC-AP 2025.',
  ];
  let at = 0;
  for (const expected of order) {
    const found = text.indexOf(expected, at);
    expect(found, `"${expected}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found;
  }
  expect(text).toContain('<script>document.title="x"</script>');
  expect(text).toMatch(/Trang 1\/\d/);
  expect(blankPages(text)).toEqual([]);
  await expect(page).toHaveTitle('Protocol Desk');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, `${SCREENSHOTS}/briefing-page`]);

  // The Word export opens in LibreOffice (own profile, so parallel runs do not collide) with the same facts.
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất Word (.docx)' }).click(),
  ]);
  const docx = `${SCREENSHOTS}/briefing-word.docx`;
  await download.saveAs(docx);
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file:///tmp/lo-${process.pid}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      SCREENSHOTS,
      docx,
    ],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const converted = readPdf(docx.replace(/\.docx$/, '.pdf'));
  const convertedText = converted.text.replace(/\s+/g, ' ');
  // Table cells wrap, so only phrases that fit one line of a cell are looked for.
  for (const expected of [
    'LƯU HÀNH NỘI BỘ',
    'Song Ho-jun',
    'Thị trưởng thành phố',
    'Lần gặp gần nhất: 14/10/2025',
    'Giao lưu du lịch',
    'Cảnh báo: quà dự kiến tặng lần này trùng món đã tặng',
    'Quà lưu niệm',
  ]) {
    expect(convertedText).toContain(expected);
  }
  expect(converted.fonts).toMatch(/NotoSans/);
});

test('a delegation with nothing but its organisations still prints a clean sheet, empty sections marked', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const visit = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: nara.id,
    hostOrgId: hue.id,
    startDate: '2026',
  });
  await page.goto(`${app.url}#/delegations/${visit.id}/briefing`);
  await expect(page.getByText('Chưa có thông tin.').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = `${SCREENSHOTS}/briefing-empty.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const text = readPdf(pdf).text.replace(/\s+/g, ' ');
  expect(text).toContain('Tỉnh Nara → Thành phố Huế');
  expect(text.match(/Chưa có thông tin\./g)?.length).toBeGreaterThanOrEqual(4);
});

test('the report on a gift received and its handover minutes print what the law asks for', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'sampleData.load', {});
  const [visit] = (await callApi(app, 'delegations.list', { query: 'gyeongju' })) as unknown as { id: string }[];
  const full = (await callApi(app, 'delegations.get', { id: visit!.id })) as unknown as {
    participants: { id: string; fullName: string }[];
    visitingOrgId: string;
    hostOrgId: string;
  };
  const song = full.participants.find((participant) => participant.fullName === 'Song Ho-jun')!;
  const binh = full.participants.find((participant) => participant.fullName === 'Nguyễn Thanh Bình')!;
  const gift = await callApi(app, 'gifts.create', {
    direction: 'received',
    delegationId: visit!.id,
    date: '2025-10-14',
    giverParticipantId: song.id,
    giverOrgId: full.visitingOrgId,
    recipientParticipantId: binh.id,
    recipientOrgId: full.hostOrgId,
    item: 'Bình gốm Silla',
    estimatedValue: 1500000,
    circumstances: 'Trao tại buổi tiếp ngày 14/10/2025.',
    disposition: 'kept_as_souvenir',
  });
  await page.goto(`${app.url}#/gifts/${gift.id}`);
  await page.getByRole('link', { name: 'Báo cáo nhận quà' }).click();
  await expect(page.getByRole('article', { name: 'BÁO CÁO VỀ VIỆC NHẬN QUÀ TẶNG' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${SCREENSHOTS}/gift-report.pdf`, preferCSSPageSize: true });
  const report = readPdf(`${SCREENSHOTS}/gift-report.pdf`).text.replace(/\s+/g, ' ');
  for (const expected of [
    'Song Ho-jun',
    'Phó Thị trưởng thành phố Gyeongju',
    'Thành phố Gyeongju',
    'Bình gốm Silla',
    '1.500.000 VND',
    '14/10/2025',
    'Trao tại buổi tiếp',
  ]) {
    expect(report).toContain(expected);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${app.url}#/gifts/${gift.id}/minutes`);
  await expect(page.getByRole('article', { name: 'BIÊN BẢN GIAO NHẬN QUÀ TẶNG' })).toContainText(
    'Giữ làm kỷ vật của cơ quan',
  );
  await expectAccessible(page, 'handover minutes');
});

test('every visit of a chosen week prints as one PDF, one sheet after another', async ({ app, appPage: page }) => {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const gyeongju = await callApi(app, 'organizations.create', {
    name: 'Thành phố Gyeongju',
    country: 'KR',
    kind: 'city',
  });
  await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: nara.id,
    hostOrgId: hue.id,
    startDate: '2026-03-10',
  });
  await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongju.id,
    hostOrgId: hue.id,
    startDate: '2026-03-12',
  });
  await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: gyeongju.id,
    hostOrgId: hue.id,
    startDate: '2026-03-20',
  });
  await page.getByRole('link', { name: 'Bản thông tin các đoàn trong tuần' }).click();
  await page.getByRole('textbox', { name: 'Tuần có ngày' }).fill('11/03/2026');
  await expect(page.getByText('09/03/2026 – 15/03/2026 · 2 đoàn')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  // The week is in the address, so a reload (or the desktop app's hidden print window) opens the same one.
  await expect(page).toHaveURL(/day=2026-03-11/);
  await page.reload();
  await expect(page.getByText('09/03/2026 – 15/03/2026 · 2 đoàn')).toBeVisible();
  await expect(page.locator('[data-print-ready]')).toHaveCount(1);
  // In a browser the button is the browser's own print (its dialog saves PDFs too).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'In tất cả' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${SCREENSHOTS}/briefings-week.pdf`, preferCSSPageSize: true });
  // pdftotext may drop the space before an arrow: compare with spacing normalised.
  const text = readPdf(`${SCREENSHOTS}/briefings-week.pdf`).text.replace(/\s+/g, ' ').replace(/ ?→ ?/g, ' → ');
  expect(text).toContain('Tỉnh Nara → Thành phố Huế');
  expect(text).toContain('Thành phố Gyeongju → Thành phố Huế');
  expect(text).not.toContain('20/03/2026');
  const pages = readPdf(`${SCREENSHOTS}/briefings-week.pdf`).text;
  expect(blankPages(pages)).toEqual([]);
});

test('the periodic report of a year prints its sections with their charts', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo định kỳ' }).click();
  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2024', exact: true }).click();
  const sheet = page.getByRole('article', { name: 'BÁO CÁO CÔNG TÁC ĐỐI NGOẠI' });
  await expect(sheet).toContainText('Đoàn ra, đoàn vào (1 đoàn)');
  await expect(page.getByRole('figure', { name: 'Đoàn ra' })).toContainText('Hàn Quốc');
  await expect(page.getByRole('figure', { name: 'Theo cấp trưởng đoàn' })).toContainText('Lãnh đạo chủ chốt');
  await expectAccessible(page, 'periodic report');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${SCREENSHOTS}/periodic-report.pdf`, preferCSSPageSize: true, printBackground: true });
  const text = readPdf(`${SCREENSHOTS}/periodic-report.pdf`).text.replace(/\s+/g, ' ');
  for (const expected of [
    // Wide bold capitals are spaced out, and pdftotext may split them: the start of the title is enough.
    'BÁO CÁO CÔNG TÁC',
    '01/01/2024 – 31/12/2024',
    'Hàn Quốc',
    'Theo cấp trưởng đoàn',
    'Lãnh đạo chủ chốt (Chủ tịch, Bí thư, Thị trưởng…) 0 1',
    'Cấp phó (Phó Chủ tịch, Phó Thị trưởng…) 0 0',
    'Bản ghi nhớ thiết lập quan hệ hữu nghị',
    'Việc cần theo dõi',
  ]) {
    expect(text).toContain(expected);
  }
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    `${SCREENSHOTS}/periodic-report.pdf`,
    `${SCREENSHOTS}/periodic-report`,
  ]);
});

test('a sheet with 300 participants and very long text wraps onto more pages and runs nothing', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const seoul = await callApi(app, 'organizations.create', { name: 'Thủ đô Seoul', country: 'KR', kind: 'city' });
  const participants = [];
  for (let index = 1; index <= 300; index += 1) {
    const person = await callApi(app, 'people.create', { fullName: `Thành viên ${index}` });
    participants.push({
      personId: person.id,
      side: 'guest',
      role: index === 1 ? 'head' : 'member',
      title: `<img src=x onerror=alert(${index})>`,
    });
  }
  const visit = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: seoul.id,
    hostOrgId: hue.id,
    startDate: '2026-06-01',
    purpose: `Hợp tác ${'rất-dài-không-có-khoảng-trắng-'.repeat(40)}`,
    participants,
  });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`${app.url}#/delegations/${visit.id}/briefing`);
  await expect(page.getByText('Thành phần đoàn (300 người)')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${SCREENSHOTS}/briefing-300.pdf`, preferCSSPageSize: true });
  const text = readPdf(`${SCREENSHOTS}/briefing-300.pdf`).text;
  expect(text).toContain('Thành viên 300');
  expect(text).toMatch(/Trang 1\/(\d{2,})/);
  expect(dialogs).toBe(0);
  const widest = await page.evaluate(() => {
    const sheet = document.querySelector('article')!;
    return (
      Math.max(...Array.from(sheet.querySelectorAll('*')).map((element) => element.getBoundingClientRect().right)) -
      sheet.getBoundingClientRect().right
    );
  });
  expect(widest).toBeLessThanOrEqual(1);
});

test('Arabic and Hebrew names and notes print right to left, in order, beside Vietnamese, and wrap inside the page', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const dubai = await callApi(app, 'organizations.create', { name: 'بلدية دبي', country: 'AE', kind: 'city' });
  const head = await callApi(app, 'people.create', {
    fullName: 'Mohammed Al Hashimi',
    nativeName: 'محمد الهاشمي',
    protocolNotes: `لا يتناول لحم الخنزير ${'ويفضل الشاي بدون سكر '.repeat(12)}`,
  });
  const member = await callApi(app, 'people.create', { fullName: 'David Cohen', nativeName: 'דוד כהן' });
  const visit = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: dubai.id,
    hostOrgId: hue.id,
    startDate: '2026-09-15',
    purpose: 'Hợp tác đô thị thông minh với تعاون في المدن الذكية rồi thăm Đại Nội Huế',
    participants: [
      { personId: head.id, side: 'guest', role: 'head', title: 'مدير عام بلدية دبي' },
      { personId: member.id, side: 'guest', role: 'member', title: 'סגן ראש העיר' },
    ],
  });
  await page.goto(`${app.url}#/delegations/${visit.id}/briefing`);
  const sheet = page.getByRole('article', { name: 'BẢN THÔNG TIN PHỤC VỤ BUỔI TIẾP, LÀM VIỆC' });
  await expect(sheet).toContainText('Thành phần đoàn (2 người)');

  // Each cell reads in its own direction: the Arabic and Hebrew titles right to left, the Vietnamese ones left to right.
  const direction = (text: string) =>
    sheet
      .locator('td', { hasText: text })
      .first()
      .evaluate((cell) => getComputedStyle(cell).direction);
  expect(await direction('مدير عام بلدية دبي')).toBe('rtl');
  expect(await direction('סגן ראש העיר')).toBe('rtl');
  expect(await direction('Trưởng đoàn')).toBe('ltr');

  await page.emulateMedia({ media: 'print' });
  // As the desktop app's printer does (print-window.ts): the Arabic and Hebrew faces load only once their letters
  // are drawn, and a CI run under load printed before they had arrived.
  await page.evaluate(() => document.fonts.ready);
  const pdf = `${SCREENSHOTS}/briefing-rtl.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const { text, fonts } = readPdf(pdf);
  expect(fonts).toMatch(/NotoSansArabic/);
  expect(fonts).toMatch(/NotoSansHebrew/);
  const flat = text.replace(/\s+/g, ' ');
  // pdftotext gives right-to-left text back in reading order, but puts spaces between some joined
  // letters and wraps runs in bidi marks: compare without either. Scrambled (reversed) words would not match.
  const squash = (value: string) => value.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const squashed = squash(text);
  for (const expected of ['محمد الهاشمي', 'مدير عام بلدية دبي', 'דוד כהן', 'סגן ראש העיר', 'بلدية دبي']) {
    expect(squashed).toContain(squash(expected));
  }
  // The Vietnamese around the Arabic keeps its order: before it, the Arabic, then after it.
  const before = squashed.indexOf(squash('Hợp tác đô thị thông minh với'));
  const arabic = squashed.indexOf(squash('تعاون في المدن الذكية'));
  const after = squashed.indexOf(squash('rồi thăm Đại Nội Huế'));
  expect(before).toBeGreaterThanOrEqual(0);
  expect(arabic).toBeGreaterThan(before);
  expect(after).toBeGreaterThan(arabic);
  expect(flat).toContain('Trưởng đoàn: Mohammed Al Hashimi');

  // The long Arabic note wraps inside its cell: nothing reaches past the sheet or out of its cell.
  const overflow = await page.evaluate(() => {
    const sheetBox = document.querySelector('article')!.getBoundingClientRect();
    const cells = Array.from(document.querySelectorAll('article td'));
    return {
      // Only what is drawn: an element hidden in print (the talking points' form) has no box, and its empty
      // rectangle at the page's corner would read as past the sheet whenever the form had appeared.
      pastSheet: Math.max(
        ...Array.from(document.querySelectorAll('article *'))
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => {
            const box = element.getBoundingClientRect();
            return Math.max(box.right - sheetBox.right, sheetBox.left - box.left);
          }),
      ),
      clippedCells: cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length,
    };
  });
  expect(overflow.pastSheet).toBeLessThanOrEqual(1);
  expect(overflow.clippedCells).toBe(0);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, `${SCREENSHOTS}/briefing-rtl`]);
});

test('Polish, Czech, Turkish, Russian and Greek names print in the bundled Noto Sans, not a system font', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const lodz = await callApi(app, 'organizations.create', { name: 'Miasto Łódź', country: 'PL', kind: 'city' });
  const head = await callApi(app, 'people.create', { fullName: 'Łukasz Dvořák' });
  const members = await Promise.all(
    ['Şükrü Öztürk', 'Дмитрий Смирнов', 'Γιώργος Παπαδόπουλος'].map((fullName) =>
      callApi(app, 'people.create', { fullName }),
    ),
  );
  const visit = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: lodz.id,
    hostOrgId: hue.id,
    startDate: '2026-09-15',
    purpose: 'Hợp tác dệt may giữa Łódź và Huế',
    participants: [
      { personId: head.id, side: 'guest', role: 'head', title: 'Prezydent Miasta Łodzi' },
      ...members.map((member) => ({ personId: member.id, side: 'guest', role: 'member' })),
    ],
  });
  await page.goto(`${app.url}#/delegations/${visit.id}/briefing`);
  const sheet = page.getByRole('article', { name: 'BẢN THÔNG TIN PHỤC VỤ BUỔI TIẾP, LÀM VIỆC' });
  await expect(sheet).toContainText('Thành phần đoàn (4 người)');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = `${SCREENSHOTS}/briefing-latin-ext.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const { text, fonts } = readPdf(pdf);
  for (const name of ['Łukasz Dvořák', 'Şükrü Öztürk', 'Дмитрий Смирнов', 'Γιώργος Παπαδόπουλος', 'Łódź']) {
    expect(text).toContain(name);
  }
  // pdffonts: two heading lines, then one line per embedded font, its name first (after a subset tag). Unnamed ("[none]", Type 3) is how Chromium embedded the fallback faces these letters
  // fell to before: one each for Ł, Cyrillic, Greek... Every sheet has one, for the "→" between two partners, which
  // Noto Sans lacks and a later face of the stack draws.
  const embedded = fonts
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
  // Noto Sans itself (NotoSans-Regular, -Bold…), not the KR, SC or Arabic faces, which hold some of these letters.
  expect(embedded.filter((font) => font !== '[none]' && !font.startsWith('NotoSans-'))).toEqual([]);
  expect(embedded.filter((font) => font === '[none]').length).toBeLessThanOrEqual(1);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, `${SCREENSHOTS}/briefing-latin-ext`]);
});
