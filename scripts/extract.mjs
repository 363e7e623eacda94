// `npm run --silent extract -- FILE`: one article in, exactly one JSON object out (see README).
import { spawnSync } from 'node:child_process';
import { COMPILED_CLI, ensureCompiled } from './extract-build.mjs';

ensureCompiled();
const result = spawnSync(process.execPath, [COMPILED_CLI, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
