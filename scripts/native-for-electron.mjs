// `npm run native:electron`: builds better-sqlite3 for the installed Electron's ABI into
// build/native-electron/better_sqlite3.node, leaving node_modules/better-sqlite3-multiple-ciphers (the Node build that
// `npm test` and browser mode load) untouched. Main passes the result to better-sqlite3 as `nativeBinding`;
// electron-builder ships it as resources/native/better_sqlite3.node (electron-builder.yml).
//
// How: a copy of the package goes into a scratch project (build/native-electron/project), @electron/rebuild
// rebuilds only that copy, and the one file we need is copied out; a stamp records the Electron version, so
// a second run with the same Electron does nothing. Needs internet once, for Electron's headers (or a mirror
// of them named by PROTOCOL_DESK_ELECTRON_HEADERS_URL). The build's own output goes to rebuild.log.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'build', 'native-electron');
/** The Electron-ABI module main.ts loads in development (and electron-builder.yml ships). */
export const NATIVE_ELECTRON_BINARY = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'electron-version.txt');
const logFile = join(outDir, 'rebuild.log');
const project = join(outDir, 'project');
const scratchModule = join(project, 'node_modules', 'better-sqlite3-multiple-ciphers');
const CHILD_FLAG = '--rebuild-scratch-project';

/** The version of the installed `electron` package (throws when it is not installed). */
export function installedElectronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/** Is better_sqlite3.node built, and built for the Electron installed now? (`npm start` asks before launching.) */
export function nativeForElectronReady() {
  try {
    return existsSync(NATIVE_ELECTRON_BINARY) && readFileSync(stampFile, 'utf8').trim() === installedElectronVersion();
  } catch {
    return false;
  }
}

/** A copy of better-sqlite3 (sources, no Node build) in a project of its own: rebuilding in place would replace the Node build. */
function prepareScratchProject() {
  const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  rmSync(project, { recursive: true, force: true });
  mkdirSync(dirname(scratchModule), { recursive: true });
  cpSync(source, scratchModule, {
    recursive: true,
    filter: (path) => !['build', 'node_modules'].includes(relative(source, path).split(sep)[0] ?? ''),
  });
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'protocol-desk-native-electron', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': version } }, null, 2)}\n`,
  );
}

/** Runs in a child process whose output goes to rebuild.log (node-gyp is verbose, and loud when offline). */
async function rebuildScratchProject(electronVersion) {
  const { rebuild } = await import('@electron/rebuild');
  const headerURL = process.env.PROTOCOL_DESK_ELECTRON_HEADERS_URL?.trim();
  await rebuild({
    buildPath: project,
    // Bounds the module search to the scratch project, so the walk never reaches the real node_modules.
    projectRootPath: project,
    electronVersion,
    force: true,
    onlyModules: ['better-sqlite3-multiple-ciphers'],
    ...(headerURL ? { headerURL } : {}),
  });
}

/** Size and time of the Node build, to prove afterwards that it was not touched. */
function nodeBuildFingerprint() {
  try {
    const path = join(
      dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json')),
      'build',
      'Release',
      'better_sqlite3.node',
    );
    const { size, mtimeMs } = statSync(path);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'absent';
  }
}

const OFFLINE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch failed|network connectivity/i;

/** @returns {number} the exit code */
function buildNativeForElectron() {
  let version;
  try {
    version = installedElectronVersion();
  } catch {
    console.error(
      '✖ The electron package is not installed, so there is no Electron to build the SQLite module for (run npm install).',
    );
    return 1;
  }
  const shown = relative(root, NATIVE_ELECTRON_BINARY);
  if (nativeForElectronReady()) {
    console.log(`${shown} is already built for Electron ${version}.`);
    return 0;
  }
  // A module for another Electron would only crash the app on load: better none than a wrong one.
  rmSync(NATIVE_ELECTRON_BINARY, { force: true });
  rmSync(stampFile, { force: true });
  mkdirSync(outDir, { recursive: true });
  prepareScratchProject();

  console.log(`Building better-sqlite3 for Electron ${version} (a few minutes; output in ${relative(root, logFile)})…`);
  const before = nodeBuildFingerprint();
  const log = openSync(logFile, 'w');
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), CHILD_FLAG, version], {
    cwd: root,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const built = join(scratchModule, 'build', 'Release', 'better_sqlite3.node');
  const ok = child.status === 0 && existsSync(built);
  if (ok) {
    const partial = `${NATIVE_ELECTRON_BINARY}.partial`;
    cpSync(built, partial);
    renameSync(partial, NATIVE_ELECTRON_BINARY);
    writeFileSync(stampFile, `${version}\n`);
  }
  rmSync(project, { recursive: true, force: true });

  if (nodeBuildFingerprint() !== before) {
    console.error(
      '✖ node_modules/better-sqlite3-multiple-ciphers was rebuilt in place, which must never happen: run npm rebuild better-sqlite3-multiple-ciphers to restore the Node build.',
    );
    return 1;
  }
  if (!ok) {
    const output = readFileSync(logFile, 'utf8');
    console.error(
      OFFLINE.test(output)
        ? `✖ Could not build the SQLite module for Electron ${version}: this needs internet, to download Electron's headers (details in ${relative(root, logFile)}).`
        : `✖ Could not build the SQLite module for Electron ${version}: the native build failed, see ${relative(root, logFile)} (it needs Python 3, make and a C++ compiler).`,
    );
    return 1;
  }
  console.log(`Built ${shown} for Electron ${version}.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === CHILD_FLAG) {
    try {
      await rebuildScratchProject(process.argv[3]);
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    }
  } else {
    process.exit(buildNativeForElectron());
  }
}
