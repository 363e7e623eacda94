import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { browserModeDataDir } from '../../main/data-dir.js';

test('PROTOCOL_DESK_DATA_DIR wins everywhere', () => {
  expect(browserModeDataDir({ PROTOCOL_DESK_DATA_DIR: '/srv/pd' }, 'linux', '/home/lan')).toBe('/srv/pd');
  expect(browserModeDataDir({ PROTOCOL_DESK_DATA_DIR: '  ' }, 'linux', '/home/lan')).toBe(
    join('/home/lan', '.local', 'share', 'protocol-desk'),
  );
});

test('the per-user data folder of each platform', () => {
  expect(browserModeDataDir({}, 'linux', '/home/lan')).toBe(join('/home/lan', '.local', 'share', 'protocol-desk'));
  expect(browserModeDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/lan')).toBe(join('/data', 'protocol-desk'));
  expect(browserModeDataDir({}, 'darwin', '/Users/lan')).toBe(
    join('/Users/lan', 'Library', 'Application Support', 'Protocol Desk'),
  );
  expect(browserModeDataDir({ APPDATA: 'C:/Users/lan/AppData/Roaming' }, 'win32', 'C:/Users/lan')).toBe(
    join('C:/Users/lan/AppData/Roaming', 'Protocol Desk'),
  );
});

test('Windows without APPDATA falls back to the roaming folder; macOS ignores XDG', () => {
  expect(browserModeDataDir({}, 'win32', 'C:/Users/lan')).toBe(
    join('C:/Users/lan', 'AppData', 'Roaming', 'Protocol Desk'),
  );
  expect(browserModeDataDir({ XDG_DATA_HOME: '/data' }, 'darwin', '/Users/lan')).toBe(
    join('/Users/lan', 'Library', 'Application Support', 'Protocol Desk'),
  );
  expect(browserModeDataDir({ PROTOCOL_DESK_DATA_DIR: ' /srv/pd ' }, 'win32', 'C:/Users/lan')).toBe('/srv/pd');
});
