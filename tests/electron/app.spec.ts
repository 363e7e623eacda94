import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync } from 'node:fs';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { API_METHODS } from '../../shared/api/methods.js';
import { tempDir } from '../helpers/temp-store.js';

// The desktop app itself, through Playwright's Electron driver. On machines without an Electron
// binary (every build machine here: the download is impossible offline) these tests are skipped and say why.
const binary = findElectronBinary();
const skipReason =
  'missing' in binary
    ? `Electron tests skipped: ${binary.missing}.`
    : existsSync('build/native-electron/better_sqlite3.node')
      ? undefined
      : 'Electron tests skipped: the SQLite module for Electron is not built (npm run native:electron needs internet once).';
if (skipReason) console.log(skipReason);

let app: ElectronApplication;
let data: ReturnType<typeof tempDir>;

test.beforeEach(async () => {
  test.skip(skipReason !== undefined, skipReason);
  data = tempDir();
  app = await electron.launch({
    executablePath: (binary as { path: string }).path,
    args: ['.'],
    env: { ...process.env, PROTOCOL_DESK_DATA_DIR: data.path },
  });
});

test.afterEach(async () => {
  await app?.close();
  data?.remove();
});

test('the window is hardened and exposes exactly the contract', async () => {
  const page = await app.firstWindow();
  await expect(page).toHaveTitle('Protocol Desk');
  const exposed = await page.evaluate(() => ({
    methods: Object.keys((window as unknown as { protocolDesk: object }).protocolDesk).sort(),
    hasRequire: typeof (window as unknown as { require?: unknown }).require,
    hasProcess: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ methods: [...API_METHODS].sort(), hasRequire: 'undefined', hasProcess: 'undefined' });
  // The window's settings themselves are checked by the unit test of hardenedWebPreferences; here, the
  // one window is the app's own page on app://.
  const windows = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => window.webContents.getURL()),
  );
  expect(windows).toEqual([expect.stringMatching(/^app:\/\/protocol-desk\//)]);
});

test('an organisation is created through the desktop window', async () => {
  const page = await app.firstWindow();
  await page.getByRole('navigation').getByRole('link', { name: 'Cơ quan, địa phương' }).click();
  await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cơ quan, địa phương' });
  await dialog.getByRole('textbox', { name: 'Tên', exact: true }).fill('Thành phố Huế');
  await dialog.getByRole('combobox', { name: 'Quốc gia' }).fill('viet');
  await page.getByRole('option', { name: 'Việt Nam (VN)' }).click();
  await dialog.getByRole('combobox', { name: 'Loại' }).click();
  await page.getByRole('option', { name: 'Thành phố' }).click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('table', { name: 'Danh sách cơ quan' })).toContainText('Thành phố Huế');
});

test('navigation away from the app is blocked', async () => {
  const page = await app.firstWindow();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await expect(page.getByRole('heading', { name: 'Đoàn ra, đoàn vào' })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/protocol-desk\//);
});
