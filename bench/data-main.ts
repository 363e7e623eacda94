import { numberOption, option } from './args.js';
import { benchDir, DEFAULT_SEED, ensureDataset } from './dataset.js';

/** `npm run bench:data [-- --scale 0.01] [--seed N] [--dir folder]`: makes (or reuses) the benchmark store. */
const argv = process.argv.slice(2);
const scale = numberOption(argv, 'scale', 1);
const seed = numberOption(argv, 'seed', DEFAULT_SEED);
const dir = option(argv, 'dir') ?? benchDir();
const started = performance.now();
const manifest = ensureDataset({ dir, seed, scale, log: (line) => console.log(line) });
console.log(JSON.stringify(manifest.counts));
console.log(
  `store ready in ${dir} (generation took ${manifest.seconds} s; this run ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
