import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FACTORY = 'main/electron/window.ts';

/** A window built by hand (`new BrowserWindow(`, `new electron.BrowserWindow (`, a BrowserView…). */
const HAND_MADE_WINDOW = /\bnew\s+(?:[\w$]+\s*\.\s*)?(?:BrowserWindow|BrowserView|WebContentsView)\s*[(<]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry.name) ? [path] : [];
  });
}

test('the pattern finds hand-made windows and leaves other code alone', () => {
  for (const code of [
    'const w = new BrowserWindow({ show: false });',
    'new electron.BrowserWindow ({})',
    'new  BrowserWindow<Opts>(options)',
    'new BrowserView()',
  ]) {
    expect(HAND_MADE_WINDOW.test(code), code).toBe(true);
  }
  for (const code of ['createHardenedWindow({})', 'type W = BrowserWindow;', 'new BrowserWindowish()']) {
    expect(HAND_MADE_WINDOW.test(code), code).toBe(false);
  }
});

test('no code in main/ makes a window except the hardened window factory', () => {
  const offenders = sourceFiles(join(ROOT, 'main'))
    .map((path) => relative(ROOT, path).split('\\').join('/'))
    .filter((path) => path !== FACTORY && HAND_MADE_WINDOW.test(readFileSync(join(ROOT, path), 'utf8')));
  expect(offenders).toEqual([]);
  // And the factory really is where windows are made.
  expect(HAND_MADE_WINDOW.test(readFileSync(join(ROOT, FACTORY), 'utf8'))).toBe(true);
});
