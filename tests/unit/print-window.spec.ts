import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createElectronPrinter,
  PDF_OPTIONS,
  type PrintDeps,
  type PrintWindow,
} from '../../main/electron/print-window.js';
import { DomainError } from '../../shared/api/result.js';

/** Fakes of BrowserWindow, webContents, the save dialog and the file system, recording what was done. */
function fakes(
  options: {
    ready?: boolean;
    pdf?: () => Promise<Uint8Array>;
    dialog?: { canceled: boolean; filePath?: string };
    printed?: boolean;
  } = {},
) {
  const log: string[] = [];
  const written: { path: string; data: Uint8Array }[] = [];
  const windows: { options: unknown; url?: string; destroyed: boolean }[] = [];
  const deps: PrintDeps = {
    preload: '/app/preload.cjs',
    readyTimeoutMs: 1000,
    createWindow: (windowOptions) => {
      const record = { options: windowOptions, url: undefined as string | undefined, destroyed: false };
      windows.push(record);
      log.push('create');
      const window: PrintWindow = {
        loadURL: async (url) => {
          record.url = url;
          log.push('load');
        },
        destroy: () => {
          record.destroyed = true;
          log.push('destroy');
        },
        isDestroyed: () => record.destroyed,
        webContents: {
          executeJavaScript: async (code) => {
            log.push('wait');
            expect(code).toContain('data-print-ready');
            return options.ready ?? true;
          },
          printToPDF: async (pdfOptions) => {
            log.push('printToPDF');
            expect(pdfOptions).toEqual(PDF_OPTIONS);
            return (options.pdf ?? (async () => new TextEncoder().encode('%PDF-1.7 fake')))();
          },
          print: (printOptions, callback) => {
            log.push('print');
            expect(printOptions).toMatchObject({ silent: false, printBackground: true });
            callback(options.printed ?? true, options.printed === false ? 'cancelled' : '');
          },
        },
      };
      return window;
    },
    showSaveDialog: async (dialogOptions) => {
      log.push(`dialog ${dialogOptions.defaultPath}`);
      return options.dialog ?? { canceled: false, filePath: '/home/user/sheet.pdf' };
    },
    writeFile: async (path, data) => {
      log.push('write');
      written.push({ path, data });
    },
  };
  return { deps, log, written, windows };
}

const ROUTE = '/delegations/0b9f5a52-6d0e-4c43-9c53-1d2a7f5b6e11/briefing';

test('save as PDF: a hidden hardened window loads the route, waits for the page, writes the PDF where chosen, then goes', async () => {
  const { deps, log, written, windows } = fakes();
  const result = await createElectronPrinter(deps).savePdf(ROUTE);
  expect(result).toEqual({ saved: true, path: '/home/user/sheet.pdf' });
  expect(log).toEqual([
    'dialog delegations-0b9f5a52-6d0e-4c43-9c53-1d2a7f5b6e11-briefing.pdf',
    'create',
    'load',
    'wait',
    'printToPDF',
    'destroy',
    'write',
  ]);
  expect(windows[0]).toMatchObject({
    options: { show: false, preload: '/app/preload.cjs' },
    url: `app://protocol-desk/index.html#${ROUTE}`,
    destroyed: true,
  });
  expect(written).toHaveLength(1);
  expect(written[0]!.path).toBe('/home/user/sheet.pdf');
  expect(new TextDecoder().decode(written[0]!.data)).toBe('%PDF-1.7 fake');
});

test('cancelling the save dialog opens no window and writes nothing', async () => {
  const { deps, log, written, windows } = fakes({ dialog: { canceled: true } });
  expect(await createElectronPrinter(deps).savePdf(ROUTE)).toEqual({ saved: false, path: null });
  expect(windows).toEqual([]);
  expect(written).toEqual([]);
  expect(log).toHaveLength(1);
});

test('the window is destroyed even when printToPDF fails, and nothing is written', async () => {
  const { deps, written, windows } = fakes({ pdf: () => Promise.reject(new Error('printing failed')) });
  await expect(createElectronPrinter(deps).savePdf(ROUTE)).rejects.toThrow('printing failed');
  expect(windows.map((window) => window.destroyed)).toEqual([true]);
  expect(written).toEqual([]);
});

test('a page that never says it is ready is not printed, and its window goes', async () => {
  const { deps, log, written, windows } = fakes({ ready: false });
  await expect(createElectronPrinter(deps).savePdf(ROUTE)).rejects.toThrow(/did not get ready/);
  expect(log).not.toContain('printToPDF');
  expect(written).toEqual([]);
  expect(windows[0]!.destroyed).toBe(true);
});

test('only routes of the app are printed: no "..", no foreign origin, no scheme', async () => {
  for (const route of [
    '/delegations/../../etc/passwd',
    'https://example.com/x',
    '//example.com/x',
    'javascript:alert(1)',
    '/a\\b',
    '/briefing#x',
    '',
  ]) {
    const { deps, log, windows } = fakes();
    const printer = createElectronPrinter(deps);
    const error = await printer.savePdf(route).catch((caught: unknown) => caught);
    expect(error, route).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields, route).toEqual({ route: 'not_an_app_route' });
    await expect(printer.print(route)).rejects.toBeInstanceOf(DomainError);
    expect(windows, route).toEqual([]);
    expect(log, route).toEqual([]);
  }
});

test('print: the system print dialog on the loaded page, the window destroyed after, cancel reported', async () => {
  const done = fakes();
  expect(await createElectronPrinter(done.deps).print('/briefings/week?day=2026-03-11')).toEqual({ printed: true });
  expect(done.log).toEqual(['create', 'load', 'wait', 'print', 'destroy']);
  expect(done.windows[0]!.url).toBe('app://protocol-desk/index.html#/briefings/week?day=2026-03-11');
  const cancelled = fakes({ printed: false });
  expect(await createElectronPrinter(cancelled.deps).print(ROUTE)).toEqual({ printed: false });
  expect(cancelled.windows[0]!.destroyed).toBe(true);
});

test('no code but the hardened window factory constructs a BrowserWindow', () => {
  const root = fileURLToPath(new URL('../../main/', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const constructing = files.filter((file) => readFileSync(join(root, file), 'utf8').includes('new BrowserWindow('));
  expect(constructing).toEqual([join('electron', 'window.ts')]);
});
