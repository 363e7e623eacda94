import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreOpenError } from '../../db/errors.js';
import { startBackupSchedule } from '../backup-schedule.js';
import { openApp, type OpenedApp } from '../bootstrap.js';
import { DATA_DIR_ENV } from '../data-dir.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { registerApiIpc } from './ipc.js';
import { lockDown } from './guards.js';
import { createElectronPrinter } from './print-window.js';
import { APP_ORIGIN } from './security.js';
import { hardenedWindowFactory } from './window.js';

const distDir = fileURLToPath(new URL('../../../', import.meta.url));
let mainWindow: BrowserWindow | undefined;
let opened: OpenedApp | undefined;
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
    opened = openApp({
      dataDir,
      mode: 'electron',
      version: app.getVersion(),
      nativeBinding: electronNativeBinding(),
      printer,
    });
  } catch (error) {
    const text = error instanceof StoreOpenError ? error.message : String(error);
    dialog.showErrorBox('Protocol Desk cannot open its data', `${text}\n\nNothing was changed.`);
    app.exit(2);
    return;
  }
  startBackupSchedule(opened);
  lockDown(app, session.defaultSession, (url) => shell.openExternal(url));
  serveRenderer(join(distDir, 'renderer'));
  registerApiIpc(opened.dispatch);
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
  app.on('will-quit', () => opened?.db.close());
  void app.whenReady().then(start);
}
