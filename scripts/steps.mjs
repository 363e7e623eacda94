// Small helpers shared by `npm start` and `npm test`: run a step or stop with a clear sentence.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command in the foreground; on failure prints what failed and exits with its code. */
export function step(description, command, args, options = {}) {
  console.log(`\n▶ ${description}`);
  const result = spawnSync(command === 'npm' ? npm : command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${description} failed${result.error ? `: ${result.error.message}` : ''}.`);
    process.exit(result.status ?? 1);
  }
}

/** `npm install` when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = 'node_modules/.package-lock.json';
  const stale = !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;
  if (stale) step('Installing dependencies (npm install)', 'npm', ['install', '--no-audit', '--no-fund']);
}

/**
 * Doyensec's electronegativity, which a node test runs, has its own folder and lock file: installed in the
 * root it breaks on our TypeScript. `npm ci` there when it is missing or older than its lock file.
 * Its packages' install scripts are not needed (the only one prints a message) and are not run.
 */
export function ensureElectronegativity() {
  const folder = 'tests/electronegativity';
  const installed = `${folder}/node_modules/.package-lock.json`;
  const stale = !existsSync(installed) || statSync(`${folder}/package-lock.json`).mtimeMs > statSync(installed).mtimeMs;
  if (stale) {
    step('Installing electronegativity in its own folder (npm ci)', 'npm', [
      'ci',
      '--prefix',
      folder,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
    ]);
  }
}

export function build() {
  step('Building (renderer, main, preload)', 'npm', ['run', 'build']);
}
