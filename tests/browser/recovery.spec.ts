import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { openApp } from '../../main/bootstrap.js';
import { expectAccessible } from './axe.js';
import { expect, startApp, test } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';
const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A data folder as a crash-then-damage would leave it: a good backup, and garbage where the store was. */
function damagedDataFolder(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'pd-browser-recovery-'));
  const app = openApp({ dataDir, mode: 'browser', version: 'test' });
  for (const [name, country] of [
    ['Thành phố Huế', 'VN'],
    ['경주시', 'KR'],
  ] as const) {
    const result = app.dispatch('organizations.create', { name, country, kind: 'city' });
    if (result instanceof Promise || !result.ok) throw new Error('setup failed');
  }
  app.dispatch('backups.create', {});
  app.store.close();
  writeFileSync(join(dataDir, 'protocol-desk.db'), 'Biên bản — not a database\n'.repeat(400));
  return dataDir;
}

test('a store that will not open shows the recovery screen; restoring the newest backup brings the app back', async ({
  page,
}) => {
  const dataDir = damagedDataFolder();
  const bad = hashOf(join(dataDir, 'protocol-desk.db'));
  const { app, process: server } = await startApp(dataDir);
  try {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Không mở được dữ liệu' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('không phải là cơ sở dữ liệu của Protocol Desk');
    await expect(page.getByText(join(dataDir, 'protocol-desk.db'), { exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Nội dung' })).toContainText('Cơ quan, địa phương2');
    await expectAccessible(page, 'recovery screen');
    await page.screenshot({ path: `${SCREENSHOTS}/recovery-vi.png`, fullPage: true });

    await page.getByText('English').click();
    await expect(page.getByRole('heading', { name: 'The data cannot be opened' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/recovery-en.png`, fullPage: true });
    await page.getByText('Tiếng Việt').click();
    expect(hashOf(join(dataDir, 'protocol-desk.db'))).toBe(bad);

    await page.getByRole('button', { name: 'Khôi phục bản sao lưu tốt mới nhất' }).click();
    // The app itself comes back, on the restored data.
    await page.getByRole('link', { name: 'Cơ quan, địa phương' }).click();
    await expect(page.getByRole('link', { name: 'Thành phố Huế' })).toBeVisible();
    const damaged = readdirSync(dataDir).filter((name) => name.startsWith('protocol-desk.db.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(hashOf(join(dataDir, damaged[0]!))).toBe(bad);
  } finally {
    server.kill('SIGTERM');
    if (server.exitCode === null) await once(server, 'exit');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('Quit on the recovery screen stops the app and leaves the file as it was', async ({ page }) => {
  const dataDir = damagedDataFolder();
  const bad = hashOf(join(dataDir, 'protocol-desk.db'));
  const { app, process: server } = await startApp(dataDir);
  try {
    await page.goto(app.url);
    const exited = once(server, 'exit');
    await page.getByRole('button', { name: 'Thoát' }).click();
    await expect(page.getByRole('status')).toContainText('Ứng dụng đã dừng');
    await exited;
    expect(hashOf(join(dataDir, 'protocol-desk.db'))).toBe(bad);
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
