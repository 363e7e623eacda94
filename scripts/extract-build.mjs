// Compiles the node project only when the extractor's output is missing or older than its sources, so
// `npm run extract` and `npm run eval:extract` start fast. tsc's own output goes to stderr: stdout
// belongs to the JSON / report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const COMPILED_CLI = 'dist/node/main/extract/cli.js';

function newestIn(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureCompiled() {
  const built = existsSync(COMPILED_CLI) ? statSync(COMPILED_CLI).mtimeMs : 0;
  const sources = Math.max(newestIn('main/extract'), newestIn('shared'));
  if (built >= sources) return;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['tsc', '-p', 'tsconfig.node.json'], {
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !existsSync(COMPILED_CLI)) {
    process.stderr.write('extract: compiling the node project (npx tsc -p tsconfig.node.json) failed\n');
    process.exit(result.status || 1);
  }
}
