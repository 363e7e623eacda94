import { expect, test } from '@playwright/test';
import { APP_SCHEME_PRIVILEGES, isAppUrl, isSafeExternalUrl } from '../../main/electron/security.js';
import { hardenedWindowFactory } from '../../main/electron/window.js';
import type { BrowserWindowConstructorOptions } from 'electron';

test('only pages of app://protocol-desk/ count as the app', () => {
  expect(isAppUrl('app://protocol-desk/index.html')).toBe(true);
  expect(isAppUrl('app://protocol-desk/#/delegations')).toBe(true);
  for (const foreign of [
    'app://other/index.html',
    'file:///etc/passwd',
    'http://127.0.0.1:4780/',
    'https://protocol-desk/',
    'javascript:alert(1)',
    'not a url',
    '',
    undefined,
    null,
  ]) {
    expect(isAppUrl(foreign), String(foreign)).toBe(false);
  }
});

test('app:// is a secure standard origin whose scripts V8 may keep compiled', () => {
  // Electron enables the code cache of a custom scheme only when it is also standard.
  expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, codeCache: true });
});

test('only plain https links may be handed to the OS browser', () => {
  expect(isSafeExternalUrl('https://thuathienhue.gov.vn/tin-tuc')).toBe(true);
  for (const unsafe of [
    'http://example.com',
    'https://user:secret@example.com/',
    'file:///C:/Windows/system32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'https://',
    'garbage',
  ]) {
    expect(isSafeExternalUrl(unsafe), unsafe).toBe(false);
  }
});

/** Stands in for Electron's BrowserWindow: keeps the options it was built with. */
class FakeBrowserWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

const HARDENED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  disableBlinkFeatures: 'Auxclick',
};

test('every window from the factory is isolated, sandboxed, without Node or webviews, middle-click off', () => {
  const createWindow = hardenedWindowFactory(FakeBrowserWindow);
  const main = createWindow({ width: 1280, title: 'Protocol Desk', preload: '/app/preload.cjs' });
  expect(main.options).toMatchObject({ width: 1280, title: 'Protocol Desk' });
  expect(main.options.webPreferences).toMatchObject({ ...HARDENED, preload: '/app/preload.cjs' });
  // A window without a preload (a print window) gets the same settings and no preload key at all.
  const print = createWindow({ show: false });
  expect(print.options.webPreferences).toMatchObject(HARDENED);
  expect(print.options.webPreferences).not.toHaveProperty('preload');
});

test("webPreferences slipped past the types cannot loosen the factory's settings", () => {
  const createWindow = hardenedWindowFactory(FakeBrowserWindow);
  const loosened = { webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } } as never;
  expect(createWindow(loosened).options.webPreferences).toMatchObject(HARDENED);
});
