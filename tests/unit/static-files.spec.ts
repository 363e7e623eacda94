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

test('a folder beside the root whose name starts like it is outside, too', async () => {
  const dir = tempDir();
  try {
    const root = join(dir.path, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    mkdirSync(join(dir.path, 'renderer-private'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
    writeFileSync(join(dir.path, 'renderer-private', 'key.txt'), 'secret');
    writeFileSync(join(dir.path, 'package.json'), '{"name":"protocol-desk"}');

    for (const escape of [
      '/../renderer-private/key.txt',
      '/..%2frenderer-private%2fkey.txt',
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/./../package.json',
    ]) {
      expect(await readStaticFile(root, escape), escape).toBeUndefined();
      expect(await readStaticFile(`${root}/`, escape), `${escape} (root with /)`).toBeUndefined();
    }
    // A folder is not a file, and '' is the index like '/'.
    expect(await readStaticFile(root, '/assets')).toBeUndefined();
    expect((await readStaticFile(root, ''))?.body.toString()).toContain('<title>ok</title>');
    expect((await readStaticFile(`${root}/`, '/'))?.body.toString()).toContain('<title>ok</title>');
  } finally {
    dir.remove();
  }
});
