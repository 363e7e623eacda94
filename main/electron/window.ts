import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './web-preferences.js';

/**
 * The only way the app makes a window: the main window and (later) the hidden print window
 * both come from here, so none can miss a security setting.
 */
export function createHardenedWindow(
  options: { preload?: string } & Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
): BrowserWindow {
  const { preload, ...windowOptions } = options;
  return new BrowserWindow({ ...windowOptions, webPreferences: hardenedWebPreferences(preload) });
}
