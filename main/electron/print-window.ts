import type { PrintToPDFOptions, SaveDialogOptions, WebContentsPrintOptions } from 'electron';
import { DomainError } from '../../shared/api/result.js';
import { isAppRoute } from '../../shared/domain/print.js';
import type { Printed, SavedPdf } from '../../shared/domain/print.js';
import type { Printer } from '../services/context.js';
import { APP_ORIGIN, isAppUrl } from './security.js';

/**
 * "Save as PDF" and "Print" of a sheet in the desktop app: the same renderer route loaded in a hidden
 * window, printed once the page says it is ready. Electron itself comes in through `PrintDeps` (the
 * hardened window factory, the save dialog, the file system), so this module loads under plain Node and
 * its unit test drives it with fakes; main.ts passes the real ones.
 */

/** What this module uses of a BrowserWindow (a real one satisfies it). */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
    print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  };
}

export interface PrintDeps {
  /** Must be the hardened window factory (createHardenedWindow): no window is made any other way. */
  createWindow(options: { show: false; width: number; height: number; title: string; preload: string }): PrintWindow;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** The app's preload: the sheet loads its data through the same API as the main window. */
  preload: string;
  /** How long a page may take to mark itself ready before printing gives up. */
  readyTimeoutMs?: number;
}

export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  // The sheets' own @page rules (A4, margins, "Trang 1/3" footers) decide the layout, as in page.pdf().
  preferCSSPageSize: true,
};

/**
 * Runs in the hidden page: resolves true once an element carries data-print-ready (the sheet has its data)
 * and the bundled fonts are loaded, false when that takes longer than the timeout. Polls inside the page
 * so main never sleeps.
 */
export function readyScript(timeoutMs: number): string {
  return `new Promise((resolve) => {
  const started = Date.now();
  const check = () => {
    if (document.querySelector('[data-print-ready]')) document.fonts.ready.then(() => resolve(true));
    else if (Date.now() - started > ${Math.max(0, Math.floor(timeoutMs))}) resolve(false);
    else setTimeout(check, 50);
  };
  check();
})`;
}

/** The address of a route in the app; refuses anything that is not one of the app's own pages. */
export function routeUrl(route: string): string {
  const url = `${APP_ORIGIN}/index.html#${route}`;
  if (!isAppRoute(route) || !isAppUrl(url)) {
    throw new DomainError('invalid_input', 'Only a page of the app can be printed.', { route: 'not_an_app_route' });
  }
  return url;
}

/** A file name offered in the save dialog, from the route: "delegations-…-briefing.pdf". */
export function defaultFileName(route: string): string {
  const name = route
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${name || 'protocol-desk'}.pdf`;
}

export function createElectronPrinter(deps: PrintDeps): Printer {
  const timeout = deps.readyTimeoutMs ?? 30_000;

  /** Opens the route in a hidden hardened window, waits for it, runs `work`, and always destroys the window. */
  async function withPage<T>(route: string, work: (window: PrintWindow) => Promise<T>): Promise<T> {
    const url = routeUrl(route);
    const window = deps.createWindow({
      show: false,
      width: 900,
      height: 1200,
      title: 'Protocol Desk',
      preload: deps.preload,
    });
    try {
      await window.loadURL(url);
      if ((await window.webContents.executeJavaScript(readyScript(timeout))) !== true) {
        throw new Error(`The page ${route} did not get ready to print within ${timeout} ms.`);
      }
      return await work(window);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  }

  return {
    async savePdf(route): Promise<SavedPdf> {
      routeUrl(route);
      // Ask first: a cancelled dialog opens no window and writes nothing.
      const choice = await deps.showSaveDialog({
        defaultPath: defaultFileName(route),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      const path = choice.filePath;
      const pdf = await withPage(route, (window) => window.webContents.printToPDF(PDF_OPTIONS));
      await deps.writeFile(path, pdf);
      return { saved: true, path };
    },

    async print(route): Promise<Printed> {
      return withPage(
        route,
        (window) =>
          new Promise<Printed>((resolve) => {
            // The system dialog lets the user pick printer and copies; cancelling it is not an error.
            window.webContents.print({ silent: false, printBackground: true }, (success) =>
              resolve({ printed: success }),
            );
          }),
      );
    },
  };
}
