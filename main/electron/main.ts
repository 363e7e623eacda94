import { app, BrowserWindow, dialog, safeStorage, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackupSchedule } from '../backup-schedule.js';
import { startApp, type AppRuntime } from '../recovery.js';
import { DATA_DIR_ENV } from '../data-dir.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { registerApiIpc } from './ipc.js';
import { lockDown } from './guards.js';
import { osKeyKeeper } from './os-key-keeper.js';
import { createElectronPrinter } from './print-window.js';
import { APP_ORIGIN } from './security.js';
import { hardenedWindowFactory } from './window.js';

const distDir = fileURLToPath(new URL('../../../', import.meta.url));
let mainWindow: BrowserWindow | undefined;
let runtime: AppRuntime | undefined;
const createHardenedWindow = hardenedWindowFactory(BrowserWindow);

/** better-sqlite3 built for Electron's ABI: shipped in resources, or built by `npm run native:electron`. */
function electronNativeBinding(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(distDir, '..', 'build', 'native-electron', 'better_sqlite3.node');
}

const preloadPath = join(distDir, 'preload', 'preload.cjs');

/** "Save as PDF" / "Print" of a sheet: hidden windows from the same hardened factory, the dialog over the main window. */
const printer = createElectronPrinter({
  createWindow: createHardenedWindow,
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  writeFile: (path, data) => writeFile(path, data),
  preload: preloadPath,
});

function showMainWindow(): void {
  mainWindow = createHardenedWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Protocol Desk',
    show: false,
    preload: preloadPath,
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

function start(): void {
  const dataDir = process.env[DATA_DIR_ENV]?.trim() || app.getPath('userData');
  try {
    // A store that will not open starts the app in recovery (the renderer shows what is wrong and
    // offers the newest good backup); only an unexpected failure ends here.
    runtime = startApp({
      dataDir,
      mode: 'electron',
      version: app.getVersion(),
      nativeBinding: electronNativeBinding(),
      printer,
      // Read after 'ready': before it, Linux reports no keyring at all.
      keyKeeper: osKeyKeeper(safeStorage, process.platform),
      onOpened: (opened) => startBackupSchedule(opened),
      quit: () => setImmediate(() => app.quit()),
    });
  } catch (error) {
    dialog.showErrorBox('Protocol Desk cannot open its data', `${String(error)}\n\nNothing was changed.`);
    app.exit(2);
    return;
  }
  lockDown(app, session.defaultSession, (url) => shell.openExternal(url));
  serveRenderer(join(distDir, 'renderer'));
  registerApiIpc(runtime.dispatch);
  showMainWindow();
}

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one SQLite file through two caches is how data gets lost.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => runtime?.app?.store.close());
  void app.whenReady().then(start);
}
