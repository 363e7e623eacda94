import { expectAccessible } from './axe.js';
import { callApi, expect, test, createHue } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';

test('month → week → agenda with the sample data; an item opens its record', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.goto(`${app.url}#/calendar?date=2024-10-15`);
  await expect(page.getByText('tháng 10 năm 2024')).toBeVisible();
  const visit = page.getByText('Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi').first();
  await expect(visit).toBeVisible();
  await expect(page.getByText('Hội kiến: Thành phố Hà Nội → Tỉnh Gyeonggi').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/calendar-month.png`, fullPage: true });
  await expectAccessible(page, 'calendar month');

  await page.getByRole('tab', { name: 'Tuần' }).click();
  await expect(page.getByText('Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/calendar-week.png`, fullPage: true });

  await page.getByRole('tab', { name: 'Lịch biểu' }).click();
  await expect(page.getByText('Hội nghị, hội thảo: Thành phố Hà Nội → Tỉnh Gyeonggi')).toBeVisible();
  await page.getByRole('tab', { name: 'Tháng' }).click();

  // Keyboard: → next month, ← back, T today.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('tháng 11 năm 2024')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('tháng 10 năm 2024')).toBeVisible();

  await page.getByText('Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi').first().click();
  await expect(page.getByRole('heading', { name: 'Thành phố Hà Nội → Tỉnh Gyeonggi' })).toBeVisible();
});

test('filters and the view survive a reload; a bad date in the address is said, not fatal', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'sampleData.load', {});
  await page.goto(`${app.url}#/calendar?date=2024-10-15`);
  await expect(page.getByText('Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Hoạt động' }).uncheck();
  await expect(page.getByText('Hội kiến: Thành phố Hà Nội → Tỉnh Gyeonggi')).toHaveCount(0);
  // The direction by keyboard: the arrow moves the choice from "Tất cả" to the next radio of the group.
  const direction = page.getByRole('radiogroup', { name: 'Loại đoàn' });
  await direction.getByRole('radio', { name: 'Tất cả' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(direction.getByRole('radio', { name: 'Đoàn vào' })).toBeChecked();
  await expect(page.getByText('Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi')).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('radiogroup', { name: 'Loại đoàn' }).getByRole('radio', { name: 'Đoàn vào' }),
  ).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Hoạt động' })).not.toBeChecked();
  await expect(page.getByText('Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi')).toHaveCount(0);
  // The saved view is read before the calendar is drawn: read after, the month opened whatever was saved.
  await page.getByRole('tab', { name: 'Tuần' }).click();
  await expect(page.getByRole('tab', { name: 'Tuần', selected: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Tuần', selected: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Tháng', selected: false })).toBeVisible();

  await page.goto(`${app.url}#/calendar?date=2024-13-45`);
  await expect(page.getByRole('alert')).toContainText('Ngày “2024-13-45” trong địa chỉ không hợp lệ');
});

test('the month view asks the store once, for its six weeks, whichever weekday the month starts on', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'sampleData.load', {});
  const asked: { from: string; to: string }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/calendar.month'))
      asked.push(request.postDataJSON() as { from: string; to: string });
  });
  // October 2024 starts on a Tuesday, September 2024 on a Sunday, January 2024 on a Monday.
  for (const [month, title, from, to] of [
    ['2024-10', 'tháng 10 năm 2024', '2024-09-30', '2024-11-10'],
    ['2024-09', 'tháng 9 năm 2024', '2024-08-26', '2024-10-06'],
    ['2024-01', 'tháng 1 năm 2024', '2024-01-01', '2024-02-11'],
  ] as const) {
    asked.length = 0;
    await page.goto(`${app.url}#/home`);
    await page.getByRole('navigation').getByRole('link', { name: 'Hôm nay' }).waitFor();
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/calendar.month'));
    await page.goto(`${app.url}#/calendar?date=${month}-15`);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await answered;
    // The request made as the page starts drawing is the one the month view takes: it asked for no other.
    expect(asked.map(({ from, to }) => `${from}..${to}`)).toEqual([`${from}..${to}`]);
  }
});

test('damaged saved calendar state is repaired with a message', async ({ appPage: page }) => {
  await page.evaluate(() => localStorage.setItem('protocol-desk.calendar', '{"view":"yearGrid","kinds":"all"'));
  await page.getByRole('navigation').getByRole('link', { name: 'Lịch' }).click();
  await expect(page.getByRole('alert')).toContainText('Cài đặt lịch đã lưu bị hỏng một phần');
  await expect(page.getByText('Thứ 2', { exact: true }).first()).toBeVisible();
});

test('selecting days starts a new delegation with those dates', async ({ app, appPage: page }) => {
  await page.goto(`${app.url}#/calendar?date=2026-03-15`);
  await expect(page.getByText('tháng 3 năm 2026')).toBeVisible();
  const cell = (day: string) => page.locator(`[data-date="${day}"]`).first();
  const from = await cell('2026-03-10').boundingBox();
  const to = await cell('2026-03-12').boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('heading', { name: 'Thêm đoàn' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Từ ngày' })).toHaveValue('10/03/2026');
  await expect(page.getByRole('textbox', { name: 'Đến ngày' })).toHaveValue('12/03/2026');
});

test('the .ics export parses back', async ({ app, appPage: page }) => {
  await callApi(app, 'sampleData.load', {});
  await page.goto(`${app.url}#/calendar?date=2024-10-15`);
  await expect(page.getByText('Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi').first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất lịch (.ics)' }).click(),
  ]);
  const text = (await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8')).replace(
    /\r\n /g,
    '',
  );
  const events = text
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) =>
      Object.fromEntries(
        block
          .split('\r\n')
          .filter((line) => line.includes(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
      ),
    );
  const visit = events.find((event) => event.SUMMARY === 'Đoàn ra: Thành phố Hà Nội → Tỉnh Gyeonggi');
  expect(visit).toMatchObject({ 'DTSTART;VALUE=DATE': '20241019', 'DTEND;VALUE=DATE': '20241023' });
  expect(events.filter((event) => String(event.SUMMARY).startsWith('Hội kiến'))).toHaveLength(2);
});

test('the home screen: an overdue follow-up and a due gift report appear; an empty block says so', async ({
  app,
  appPage: page,
}) => {
  await callApi(app, 'sampleData.load', {});
  const hue = (await callApi(app, 'organizations.list', { query: 'thanh pho hue' })) as unknown as { id: string }[];
  const gyeongju = (await callApi(app, 'organizations.list', { query: 'gyeongju' })) as unknown as { id: string }[];
  await callApi(app, 'gifts.create', {
    direction: 'received',
    date: '2025-10-14',
    giverOrgId: gyeongju[0]!.id,
    recipientOrgId: hue[0]!.id,
    item: 'Bình gốm Silla',
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Hôm nay' }).click();
  const followUps = page.getByRole('region', { name: 'Việc quá hạn và đến hạn trong 14 ngày' });
  await expect(followUps).toContainText('Theo dõi việc Nara xem xét');
  await expect(page.getByRole('region', { name: 'Quà đã nhận cần báo cáo' })).toContainText('Bình gốm Silla');
  await expect(page.getByRole('region', { name: 'Đoàn tuần này và tuần sau' })).toContainText('Không có gì.');
  await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });
  await expectAccessible(page, 'home');
  await page
    .getByRole('region', { name: 'Quà đã nhận cần báo cáo' })
    .getByRole('link', { name: 'Bình gốm Silla' })
    .click();
  await expect(page.getByText('Hạn báo cáo: 21/10/2025')).toBeVisible();
});

test('the home screen lists the 50 most overdue follow-ups and links to the rest', async ({ app, appPage: page }) => {
  for (let i = 1; i <= 52; i++)
    await callApi(app, 'followUps.create', {
      text: `Việc quá hạn số ${i}`,
      due: `2001-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    });
  await page.getByRole('navigation').getByRole('link', { name: 'Hôm nay' }).click();
  const followUps = page.getByRole('region', { name: 'Việc quá hạn và đến hạn trong 14 ngày' });
  await expect(followUps.getByRole('link', { name: /^Việc quá hạn số/ })).toHaveCount(50);
  const more = followUps.getByRole('link', { name: 'và 2 việc khác — xem danh sách việc cần theo dõi' });
  await expect(more).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/home-more.png`, fullPage: true });
  await more.click();
  await expect(page.getByRole('heading', { name: 'Việc cần theo dõi', level: 2 })).toBeVisible();
});

test('the home screen lists 50 gifts to report and opens the register on those still awaiting a report', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const received = (item: string, extra: object) =>
    callApi(app, 'gifts.create', {
      direction: 'received',
      giverOrgId: nara.id,
      recipientOrgId: hue.id,
      item,
      ...extra,
    });
  for (let i = 1; i <= 51; i++) await received(`Quà chưa báo cáo ${i}`, { date: `2024-0${1 + (i % 9)}-10` });
  await received('Quà đã báo cáo', { date: '2024-03-01', reportedOn: '2024-03-02' });
  await page.getByRole('navigation').getByRole('link', { name: 'Hôm nay' }).click();
  const gifts = page.getByRole('region', { name: 'Quà đã nhận cần báo cáo' });
  await expect(gifts.getByRole('link', { name: /^Quà chưa báo cáo/ })).toHaveCount(50);
  await gifts.getByRole('link', { name: 'và 1 quà khác — xem sổ quà tặng' }).click();
  await expect(page.getByRole('checkbox', { name: 'Chỉ quà còn phải báo cáo hoặc nộp tiền' })).toBeChecked();
  await expect(page.getByText('51 quà tặng')).toBeVisible();
  await expect(page.getByText('Quà đã báo cáo')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/gifts-awaiting-report.png`, fullPage: true });
  await page.getByRole('checkbox', { name: 'Chỉ quà còn phải báo cáo hoặc nộp tiền' }).uncheck();
  await expect(page.getByText('52 quà tặng')).toBeVisible();
});

test('lunar dates on request (Tết 2025 is 1/1), "+N more" on a busy day, and print hides the app around the calendar', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  for (const day of ['01', '01', '01', '01', '01']) {
    await callApi(app, 'delegations.create', {
      direction: 'incoming',
      visitingOrgId: nara.id,
      hostOrgId: hue.id,
      startDate: `2025-02-${day}`,
    });
  }
  await page.goto(`${app.url}#/calendar?date=2025-01-29`);
  await expect(page.getByText('tháng 1 năm 2025')).toBeVisible();
  await page.getByRole('switch', { name: 'Ngày âm lịch' }).check();
  await expect(page.locator('[data-date="2025-01-29"] .lunar-date')).toHaveText('1/1');
  await expect(page.locator('[data-date="2025-02-08"] .lunar-date')).toHaveText('11');

  await page.getByText(/\+ thêm \d/).click();
  await expect(page.getByRole('dialog').getByText('Đoàn vào: Tỉnh Nara → Thành phố Huế')).toHaveCount(5);
  await page.keyboard.press('Escape');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'In (A4 ngang)' })).toBeHidden();
  await expect(page.getByText('tháng 1 năm 2025')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/calendar-print.png`, fullPage: true });
});

test('a visit whose end came before its start (old data) shows on its start day, and the calendar says so', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  const visit = await callApi(app, 'delegations.create', {
    direction: 'incoming',
    visitingOrgId: nara.id,
    hostOrgId: hue.id,
    startDate: '2025-05-10',
  });
  // Old data written before the rule existed: changed behind the app's back, as an import might have.
  const { default: Database } = await import('better-sqlite3-multiple-ciphers');
  const db = new Database(`${app.dataDir}/protocol-desk.db`);
  db.prepare("UPDATE delegations SET end_date = '2025-05-01' WHERE id = ?").run(visit.id);
  db.close();
  await page.goto(`${app.url}#/calendar?date=2025-05-10`);
  await expect(page.getByRole('alert')).toContainText('Đoàn có ngày kết thúc trước ngày bắt đầu');
  await expect(page.locator('[data-date="2025-05-10"]').getByText('Đoàn vào: Tỉnh Nara → Thành phố Huế')).toBeVisible();
});

test('a crowded month counts visits and programme items per day; a count opens its week, where each item shows', async ({
  app,
  appPage: page,
}) => {
  const hue = await createHue(app);
  const nara = await callApi(app, 'organizations.create', { name: 'Tỉnh Nara', country: 'JP', kind: 'province' });
  // Nine incoming visits on 10–11 March 2026, and five programme items on the 10th: more than a cell holds.
  for (let visit = 1; visit <= 9; visit++)
    await callApi(app, 'delegations.create', {
      direction: 'incoming',
      visitingOrgId: nara.id,
      hostOrgId: hue.id,
      startDate: '2026-03-10',
      endDate: '2026-03-11',
      engagements:
        visit === 1
          ? ['08:00', '09:30', '11:00', '14:00', '16:00'].map((time) => ({
              kind: 'courtesy_call',
              startsAt: `2026-03-10T${time}`,
            }))
          : [],
    });
  await page.goto(`${app.url}#/calendar?date=2026-03-15`);
  await expect(page.getByText('tháng 3 năm 2026')).toBeVisible();
  const tenth = page.locator('[data-date="2026-03-10"]');
  await expect(tenth.getByText('9 đoàn vào')).toBeVisible();
  await expect(tenth.getByText('5 hoạt động')).toBeVisible();
  await expect(page.locator('[data-date="2026-03-11"]').getByText('9 đoàn vào')).toBeVisible();
  await expect(page.getByText('Đoàn vào: Tỉnh Nara → Thành phố Huế')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/calendar-month-crowded.png`, fullPage: true });
  await expectAccessible(page, 'crowded calendar month');

  await tenth.getByText('5 hoạt động').click();
  await expect(page.getByRole('tab', { name: 'Tuần', selected: true })).toBeVisible();
  await expect(page.getByText('Hội kiến: Tỉnh Nara → Thành phố Huế')).toHaveCount(5);
  await expect(page.getByText('9 đoàn vào')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/calendar-week-from-count.png`, fullPage: true });
});
