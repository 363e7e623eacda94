// Finds a runnable Electron binary, or says why there is none. Used by `npm start` and the Electron tests.
// Electron 45 fetches its binary lazily the first time `require('electron')` runs; offline that fails
// with "Electron failed to install correctly" (TOOLCHAIN.md), which is our cue for browser mode.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  // Resolving in a child process: a failed download prints and throws there, not here.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: packageDir,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const path = probe.stdout.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  const said = `${probe.stderr}`.includes('Electron failed to install correctly')
    ? 'the Electron binary could not be downloaded (no internet?)'
    : `the Electron binary is not available (${(probe.stderr || probe.error?.message || 'unknown error').trim().split('\n').at(-1)})`;
  return { missing: said };
}
