// Builds better-sqlite3 for the installed Electron's ABI into build/native-electron/, leaving the Node build in
// node_modules untouched (so `npm test` under Node and `npm start` under Electron never break each other).
// Main passes the result to better-sqlite3 as `nativeBinding`. Needs internet once: Electron's headers.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'build', 'native-electron');
const binary = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'electron-version.txt');

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/** Is a binary for the installed Electron already built? */
export function nativeForElectronReady() {
  return existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === electronVersion();
}

async function build() {
  if (nativeForElectronReady()) return;
  const version = electronVersion();
  const project = join(outDir, 'project');
  const moduleDir = join(project, 'node_modules', 'better-sqlite3');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(dirname(moduleDir), { recursive: true });
  // A scratch copy: rebuilding in place would replace the Node build the tests use.
  cpSync(dirname(require.resolve('better-sqlite3/package.json')), moduleDir, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'native-electron', dependencies: { 'better-sqlite3': '*' } }),
  );
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({ buildPath: project, electronVersion: version, force: true, onlyModules: ['better-sqlite3'] });
  } catch (error) {
    console.error(
      `Could not build the SQLite module for Electron ${version}: building it needs internet once, to download Electron's headers (${error.message}).`,
    );
    process.exit(1);
  }
  cpSync(join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), binary);
  writeFileSync(stamp, version);
  rmSync(project, { recursive: true, force: true });
  console.log(`Built ${binary} for Electron ${version}.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await build();
