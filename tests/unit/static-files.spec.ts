import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStaticFile } from '../../main/web/static-files.js';
import { tempDir } from '../helpers/temp-store.js';

test('serves files of the built renderer and nothing outside it', async () => {
  const dir = tempDir();
  try {
    const root = join(dir.path, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Protocol Desk</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir.path, 'secret.txt'), 'token');

    const index = await readStaticFile(root, '/');
    expect(index?.type).toBe('text/html; charset=utf-8');
    expect(index?.body.toString()).toContain('Protocol Desk');
    expect((await readStaticFile(root, '/assets/app.js'))?.type).toBe('text/javascript; charset=utf-8');

    for (const escape of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/%E0%A4%A',
      '/missing.js',
    ]) {
      expect(await readStaticFile(root, escape), escape).toBeUndefined();
    }
  } finally {
    dir.remove();
  }
});
