import { defineConfig } from '@playwright/test';

/** Debian's Chromium (DESIGN §7): Playwright never downloads a browser of its own here. */
export const CHROMIUM = process.env.PROTOCOL_DESK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  // One snapshot for every platform: the schema text does not depend on the OS.
  snapshotPathTemplate: '{testDir}/{testFileDir}/__snapshots__/{arg}{ext}',
  projects: [
    // Unit, database and API tests: plain Node, a real SQLite file, the real HTTP server.
    { name: 'node', testMatch: /tests\/(unit|db|api)\/.*\.spec\.ts$/ },
    // The built renderer in Debian's Chromium against browser mode.
    {
      name: 'browser',
      testMatch: /tests\/browser\/.*\.spec\.ts$/,
      // A screen walk with an accessibility scan per screen needs more than 30 s on a busy 2-core machine.
      timeout: 90_000,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    // The desktop app itself; each test says plainly when no Electron binary exists to run it.
    { name: 'electron', testMatch: /tests\/electron\/.*\.spec\.ts$/ },
  ],
});
