import type { BrowserWindowConstructorOptions } from 'electron';

/** What the factory needs of Electron's BrowserWindow class; unit tests pass a fake that records its options. */
export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

/** A window's size, title… and its preload script; never its webPreferences, which are fixed below. */
export type HardenedWindowOptions = { preload?: string } & Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The only place the app makes a window (main, and any later print window), so none can miss a security
 * setting (DESIGN §6). A test fails if `new BrowserWindow(` appears anywhere else in main/.
 *
 * The class is passed in rather than imported so this file loads under plain Node for the unit tests.
 * The parameter keeps Electron's name and the settings are written out in the call itself because
 * electronegativity reads `new BrowserWindow({ … })` literally: it follows no function call or import.
 */
export function hardenedWindowFactory<W>(BrowserWindow: WindowClass<W>): (options: HardenedWindowOptions) => W {
  return (options) => {
    const { preload, ...windowOptions } = options;
    return new BrowserWindow({
      ...windowOptions,
      // Last, so webPreferences smuggled in through a cast cannot loosen anything.
      webPreferences: {
        ...(preload ? { preload } : {}),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        // Middle-click would otherwise open links in new windows behind the window-open handler's back.
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
      },
    });
  };
}
