// `npm test`: set up what the tests need (dependencies, Debian's Chromium), check types and lint,
// build, then run every test project. Extra arguments go to Playwright (e.g. `npm test -- --project=node`).
import { existsSync } from 'node:fs';
import { build, ensureDependencies, step } from './steps.mjs';

const chromium = process.env.PROTOCOL_DESK_CHROMIUM ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `✖ The browser tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
        'or set PROTOCOL_DESK_CHROMIUM to a Chromium binary, then run npm test again.',
    );
    process.exit(1);
  }
  step('Installing Debian’s Chromium for the browser tests', 'sh', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
  ]);
}

ensureDependencies();
ensureChromium();
step('Type-checking', 'npm', ['run', 'typecheck']);
step('Linting (layers, hooks, formatting)', 'npm', ['run', 'lint']);
build();
step('Running the tests', 'npx', ['playwright', 'test', ...process.argv.slice(2)]);
