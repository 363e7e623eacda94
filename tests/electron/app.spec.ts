import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { DATABASE_FILE } from '../../main/data-dir.js';
import { API_METHODS } from '../../shared/api/methods.js';
import { fillNewOrganization } from '../browser/organization-form.js';
import { tempDir } from '../helpers/temp-store.js';

// The desktop app itself, through Playwright's Electron driver, on the development Electron binary (a packaged
// app cannot be driven: its fuses refuse the --inspect flags Playwright needs). Where there is no binary (every
// build machine here: the download is impossible offline) the test is skipped and says why, in the output.
// Where there is one, nothing is skipped: a missing build or SQLite module fails with what to run.

const BUILT = ['dist/node/main/electron/main.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html'];
const NATIVE_STAMP = 'build/native-electron/electron-version.txt';

type NavigationSeen = { url: string; prevented: boolean };

test('the desktop app: hardened window, exactly the contract, an organisation saved, navigation away blocked', async () => {
  // Where it can, the first run downloads the Electron binary (findElectronBinary allows it 180 s).
  test.setTimeout(300_000);
  const binary = findElectronBinary();
  if ('missing' in binary) {
    const reason = `Electron tests skipped: ${binary.missing}.`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }

  for (const file of BUILT) expect(existsSync(file), `${file} is missing: run npm run build first`).toBe(true);
  const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
  expect(
    existsSync(NATIVE_STAMP) ? readFileSync(NATIVE_STAMP, 'utf8').trim() : 'not built',
    'better-sqlite3 for this Electron: run npm run native:electron first',
  ).toBe(electronVersion);
  if (process.platform === 'linux') {
    expect(
      process.env.DISPLAY || process.env.WAYLAND_DISPLAY,
      'a display for the window: run under xvfb-run',
    ).toBeTruthy();
  }

  const data = tempDir('pd-electron-');
  const app = await electron.launch({
    executablePath: binary.path,
    // Chromium refuses to start as root (containers, CI) unless its OS-level sandbox is off; the sandboxed
    // renderer (webPreferences.sandbox: no Node in preload or page) and context isolation are checked below.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
    env: { ...process.env, PROTOCOL_DESK_DATA_DIR: data.path },
  });
  try {
    const page = await app.firstWindow();

    await test.step('one window, titled, showing the app from app://', async () => {
      await expect(page).toHaveTitle('Protocol Desk');
      const windows = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((window) => ({ title: window.getTitle(), url: window.webContents.getURL() })),
      );
      expect(windows).toEqual([{ title: 'Protocol Desk', url: expect.stringMatching(/^app:\/\/protocol-desk\//) }]);
    });

    await test.step('the page sees exactly the contract, and no Node', async () => {
      const exposed = await page.evaluate(() => {
        const global = window as unknown as Record<string, unknown>;
        const api = global.protocolDesk as Record<string, unknown> | undefined;
        return {
          methods: api ? Object.keys(api).sort() : [],
          allFunctions: api ? Object.values(api).every((value) => typeof value === 'function') : false,
          require: typeof global.require,
          process: typeof global.process,
          module: typeof global.module,
          Buffer: typeof global.Buffer,
        };
      });
      expect(exposed).toEqual({
        methods: [...API_METHODS].sort(),
        allFunctions: true,
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        Buffer: 'undefined',
      });
      // A real round trip through preload, IPC and the dispatcher, on the data folder we gave it.
      const info = await page.evaluate(() =>
        (window as unknown as { protocolDesk: Record<string, (input: unknown) => Promise<unknown>> }).protocolDesk[
          'app.info'
        ]!({}),
      );
      expect(info).toEqual({ ok: true, value: expect.objectContaining({ mode: 'electron', dataDir: data.path }) });
    });

    await test.step('the window was made with hardened webPreferences', async () => {
      // getLastWebPreferences() is Electron's own record of what the WebContents runs with (not in its typings).
      const preferences = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
          getLastWebPreferences: () => Record<string, unknown> | null;
        };
        return contents.getLastWebPreferences();
      });
      expect(preferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
      });
    });

    await test.step('an organisation is created through the window and stored in the given data folder', async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Cơ quan, địa phương' }).click();
      await expect(page.getByRole('heading', { name: 'Cơ quan, địa phương' })).toBeVisible();
      const dialog = await fillNewOrganization(page, {
        name: 'Thành phố Huế',
        countrySearch: 'viet',
        countryOption: 'Việt Nam (VN)',
        kindOption: 'Thành phố',
      });
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect(page.getByRole('status')).toContainText('Đã lưu “Thành phố Huế”');
      await expect(page.getByRole('table', { name: 'Danh sách cơ quan' })).toContainText('Thành phố Huế');
      expect(existsSync(join(data.path, DATABASE_FILE))).toBe(true);
    });

    await test.step('navigation to another site is refused and the app stays', async () => {
      // Listening after the app's own handler: by then the event says whether it was prevented.
      await app.evaluate(({ BrowserWindow }) => {
        const seen: NavigationSeen[] = [];
        (globalThis as unknown as { navigationsSeen: NavigationSeen[] }).navigationsSeen = seen;
        BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (event) =>
          seen.push({ url: event.url, prevented: event.defaultPrevented }),
        );
      });
      await page.evaluate(() => {
        (window as unknown as { stillHere: boolean }).stillHere = true;
        window.location.href = 'https://example.com/';
      });
      await expect
        .poll(() =>
          app.evaluate(() => (globalThis as unknown as { navigationsSeen: NavigationSeen[] }).navigationsSeen),
        )
        .toEqual([{ url: 'https://example.com/', prevented: true }]);
      // The same document, still on app:// — not a reload, not example.com.
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      expect(page.url()).toMatch(/^app:\/\/protocol-desk\//);
      await expect(page.getByRole('table', { name: 'Danh sách cơ quan' })).toContainText('Thành phố Huế');
    });
  } finally {
    await app.close();
    data.remove();
  }
});
