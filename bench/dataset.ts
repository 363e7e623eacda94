import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generateStore, type Manifest } from './generate/store.js';

export const BENCH_DIR_ENV = 'PROTOCOL_DESK_BENCH_DIR';
export const DEFAULT_SEED = 20_260_101;
const MANIFEST = 'manifest.json';

/** The repository root, from dist/node/bench/ or from bench/ (tests run the sources). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** Outside the repository (the store is ~GBs): `../protocol-desk-bench/` beside it unless the variable names another. */
export function benchDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env[BENCH_DIR_ENV]?.trim() || join(repoRoot(), '..', 'protocol-desk-bench'));
}

export function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * The benchmark store for this seed and scale: reused when the folder's manifest says it was made by this
 * generator with the same seed and scale, otherwise made afresh (the folder's old store is removed first).
 */
export function ensureDataset(options: {
  dir: string;
  seed: number;
  scale: number;
  log?: (line: string) => void;
}): Manifest {
  const existing = readManifest(options.dir);
  if (
    existing &&
    existing.generator === GENERATOR_VERSION &&
    existing.seed === options.seed &&
    existing.scale === options.scale
  ) {
    options.log?.(
      `reusing the store in ${options.dir} (seed ${existing.seed}, scale ${existing.scale}, made in ${existing.seconds} s)`,
    );
    return existing;
  }
  // The manifest is written last, so a store without one is half made: start again.
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  const manifest = generateStore({ dataDir: options.dir, seed: options.seed, scale: options.scale, log: options.log });
  writeFileSync(join(options.dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
