import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

test('packaging: fuses set, SQLite unpacked, our Electron-ABI module shipped, three platforms', () => {
  const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
  expect(config.electronFuses).toEqual({
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  });
  expect(config.asar).toBe(true);
  expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
  expect(config.npmRebuild).toBe(false);
  expect(config.extraResources).toContainEqual({
    from: 'build/native-electron/better_sqlite3.node',
    to: 'native/better_sqlite3.node',
  });
  expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
  expect((config.win as { target: string[] }).target).toEqual(['nsis']);
  expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
});
