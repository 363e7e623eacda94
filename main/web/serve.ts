import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackupSchedule } from '../backup-schedule.js';
import { startApp } from '../recovery.js';
import { browserModeDataDir } from '../data-dir.js';
import { appVersion } from '../version.js';
import { startWebServer } from './server.js';

export const BROWSER_MODE_FILE = 'browser-mode.json';

/**
 * Browser mode's entry point: open the store (or start in recovery when it will not open), serve the
 * app on 127.0.0.1, say where.
 */
async function main(): Promise<void> {
  const dataDir = browserModeDataDir();
  let stopBackups = () => {};
  // Quit on the recovery screen, Ctrl+C and SIGTERM all end here (assigned once the server runs).
  let stop = () => process.exit(0);
  const runtime = startApp({
    dataDir,
    mode: 'browser',
    version: appVersion(),
    onOpened: (app) => (stopBackups = startBackupSchedule(app)),
    quit: () => setImmediate(stop), // after the answer has gone out
  });
  if (runtime.locked) {
    console.log(
      'The data is encrypted: open the address below and enter its passphrase (or the printed recovery key).',
    );
  }
  if (runtime.recovery) {
    console.error(
      `Protocol Desk could not open its data: ${runtime.recovery.message} Nothing was changed. ` +
        'Open the address below to restore the newest good backup, or quit.',
    );
  }
  const port = Number(process.env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0–65535), not "${process.env.PORT}".`);
    process.exit(2);
  }
  const token = randomBytes(32).toString('base64url');
  const staticDir = fileURLToPath(new URL('../../../renderer/', import.meta.url));
  const { server, url } = await startWebServer({ dispatch: runtime.dispatch, staticDir, token, port });
  const addressFile = join(dataDir, BROWSER_MODE_FILE);
  const address = { url, port: Number(new URL(url).port), token, pid: process.pid };
  // Owner-only: the token is the key to the data.
  writeFileSync(addressFile, JSON.stringify(address, null, 2), { mode: 0o600 });

  console.log(`Protocol Desk (browser mode) — open ${url}?token=${token}`);
  console.log(`Data folder: ${dataDir}`);

  stop = () => {
    stopBackups();
    rmSync(addressFile, { force: true });
    server.close();
    runtime.app?.store.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
