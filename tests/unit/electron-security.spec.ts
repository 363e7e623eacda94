import { expect, test } from '@playwright/test';
import { isAppUrl, isSafeExternalUrl } from '../../main/electron/security.js';
import { hardenedWebPreferences } from '../../main/electron/web-preferences.js';

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

test('every window is isolated, sandboxed and without Node', () => {
  const preferences = hardenedWebPreferences('/app/preload.cjs');
  expect(preferences).toMatchObject({
    preload: '/app/preload.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    disableBlinkFeatures: 'Auxclick',
  });
  expect(hardenedWebPreferences(undefined)).not.toHaveProperty('preload');
});
