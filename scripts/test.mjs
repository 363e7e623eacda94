// `npm test`: set up what the tests need (dependencies; Debian's Chromium, poppler-utils, LibreOffice), check types and lint,
// build, then run every test project. Extra arguments go to Playwright (e.g. `npm test -- --project=node`).
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electron-binary.mjs';
import { nativeForElectronReady } from './native-for-electron.mjs';
import { build, ensureDependencies, ensureElectronegativity, step } from './steps.mjs';

const chromium = process.env.PROTOCOL_DESK_CHROMIUM ?? '/usr/bin/chromium';

/** Debian packages the browser tests need: Chromium to run the app, poppler-utils to read printed PDFs,
 * LibreOffice and the Noto fonts to open Word exports. */
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  if (!existsSync('/usr/bin/libreoffice')) missing.push('libreoffice-writer-nogui');
  if (!existsSync('/usr/share/fonts/truetype/noto')) missing.push('fonts-noto-core');
  if (missing.length === 0) return;
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `✖ The browser tests need ${missing.join(' and ')}. Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}; ` +
        'Chromium may also be given as PROTOCOL_DESK_CHROMIUM), then run npm test again.',
    );
    process.exit(1);
  }
  step(`Installing ${missing.join(' and ')} from Debian`, 'sh', [
    '-c',
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`,
  ]);
}

ensureDependencies();
ensureElectronegativity();
ensureSystemPackages();
step('Type-checking', 'npm', ['run', 'typecheck']);
step('Linting (layers, hooks, formatting)', 'npm', ['run', 'lint']);
build();
// Where an Electron binary exists, its end-to-end tests need the SQLite module built for Electron's ABI.
if ('path' in findElectronBinary() && !nativeForElectronReady()) {
  step('Building the SQLite module for Electron', 'npm', ['run', 'native:electron']);
}
step('Running the tests', 'npx', ['playwright', 'test', ...process.argv.slice(2)]);
