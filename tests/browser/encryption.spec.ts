import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { encodeRecoveryKey } from '../../shared/domain/recovery-key.js';
import { expectAccessible } from './axe.js';
import { callApi, createHue, expect, startApp, test, type BrowserModeApp } from './fixtures.js';

const SCREENSHOTS = 'tests/artifacts';
const PASSPHRASE = 'Sông Hương núi Ngự 2026';

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  server.kill('SIGTERM');
  await once(server, 'exit');
}

/** Settings → turn encryption on, the way a user does it; returns the recovery key the dialog showed. */
async function turnOnEncryption(page: Page, app: BrowserModeApp): Promise<string> {
  await page.goto(`${app.url}#/settings`);
  await expect(page.getByText('Đang tắt')).toBeVisible();
  await page.getByRole('button', { name: 'Bật mã hóa…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bật mã hóa dữ liệu' });
  const keyText = dialog.getByLabel('Khóa khôi phục', { exact: true });
  await expect(keyText).toHaveText(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  const recoveryKey = (await keyText.textContent())!;
  await expectAccessible(page, 'enable encryption, recovery key step');
  await page.screenshot({ path: `${SCREENSHOTS}/encryption-recovery-key.png` });

  // "Print": the browser's print dialog cannot be driven here, so print is recorded, and the sheet printed to a PDF.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', document.body.className);
  });
  await dialog.getByRole('button', { name: 'In khóa khôi phục' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', /printing-recovery-key/);
  const pdf = join(mkdtempSync(join(tmpdir(), 'pd-key-')), 'recovery-key.pdf');
  await page.emulateMedia({ media: 'print' });
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.body.classList.remove('printing-recovery-key'));
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(printed).toContain('KHÓA KHÔI PHỤC — Protocol Desk');
  expect(printed.replace(/[\s-]/g, '')).toContain(recoveryKey.replace(/-/g, ''));
  expect(printed).not.toContain('Sao lưu ngay'); // the settings page around it is not on the paper
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    `${SCREENSHOTS}/encryption-recovery-key-sheet`,
  ]);
  rmSync(pdf, { force: true });

  const next = dialog.getByRole('button', { name: 'Tiếp tục' });
  await expect(next).toBeDisabled();
  await dialog.getByLabel('Tôi đã in hoặc chép khóa khôi phục và cất ở nơi an toàn.').check();
  await next.click();

  // Bad input: each refused on its field, and nothing is encrypted.
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill('ngắn quá');
  await dialog.getByLabel('Nhập lại mật khẩu').fill('ngắn quá');
  await dialog.getByRole('button', { name: 'Mã hóa dữ liệu' }).click();
  await expect(dialog.getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeVisible();
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Nhập lại mật khẩu').fill(`${PASSPHRASE}!`);
  await dialog.getByRole('button', { name: 'Mã hóa dữ liệu' }).click();
  await expect(dialog.getByText('Hai lần nhập mật khẩu không khớp.')).toBeVisible();
  expect(existsSync(join(app.dataDir, 'keys.json'))).toBe(false);
  await page.screenshot({ path: `${SCREENSHOTS}/encryption-passphrase-errors.png` });

  await dialog.getByLabel('Nhập lại mật khẩu').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Mã hóa dữ liệu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã bật mã hóa.' })).toBeVisible();
  await expect(page.getByText('Đang bật')).toBeVisible();
  await expect(page.getByText('Mật khẩu được hỏi mỗi lần mở ứng dụng.')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/encryption-settings-on.png`, fullPage: true });
  return recoveryKey;
}

test('turn encryption on in settings, print the recovery key, then unlock at the next start', async ({ page }) => {
  let { app, process: server } = await startApp();
  try {
    await createHue(app);
    await callApi(app, 'backups.create', {});
    const recoveryKey = await turnOnEncryption(page, app);
    await stop(server);
    const store = readFileSync(join(app.dataDir, 'protocol-desk.db'));
    expect(store.includes(Buffer.from('Thành phố Huế'))).toBe(false);
    expect(store.includes(Buffer.from('thanh pho hue'))).toBe(false);

    ({ app, process: server } = await startApp(app.dataDir));
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Dữ liệu đã được mã hóa' })).toBeVisible();
    await expectAccessible(page, 'unlock screen');
    await page.screenshot({ path: `${SCREENSHOTS}/encryption-unlock.png`, fullPage: true });
    await page.getByLabel('Mật khẩu').fill('Sông Hương núi Ngự 2025');
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await expect(page.getByText('Mật khẩu không đúng.')).toBeVisible();
    await page.getByLabel('Mật khẩu').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await page.getByRole('link', { name: 'Cơ quan, địa phương' }).click();
    await expect(page.getByRole('link', { name: 'Thành phố Huế' })).toBeVisible();

    // A forgotten passphrase: the printed recovery key opens the data and sets a new one.
    await stop(server);
    ({ app, process: server } = await startApp(app.dataDir));
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Quên mật khẩu? Dùng khóa khôi phục' }).click();
    await page.getByLabel('Khóa khôi phục', { exact: true }).fill(encodeRecoveryKey(new Uint8Array(32).fill(9)));
    await page.getByLabel('Mật khẩu mới').fill('mật khẩu mới của phòng');
    await page.getByLabel('Nhập lại mật khẩu').fill('mật khẩu mới của phòng');
    await page.getByRole('button', { name: 'Mở bằng khóa khôi phục' }).click();
    await expect(page.getByText('Khóa khôi phục này không mở được dữ liệu này.')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/encryption-recovery-key-unlock.png`, fullPage: true });
    await page.getByLabel('Khóa khôi phục', { exact: true }).fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Mở bằng khóa khôi phục' }).click();
    await page.getByRole('link', { name: 'Cơ quan, địa phương' }).click();
    await expect(page.getByRole('link', { name: 'Thành phố Huế' })).toBeVisible();
  } finally {
    await stop(server);
    rmSync(app.dataDir, { recursive: true, force: true });
  }
});
