import { join, resolve } from 'node:path';
import { numberOption, option } from './args.js';
import { benchDir, DEFAULT_SEED, ensureDataset } from './dataset.js';
import { runBenchmark } from './measure.js';
import { OPERATIONS } from './operations.js';
import { formatReport, writeResults } from './report.js';

/**
 * `npm run bench [-- --scale 1] [--dir folder] [--out file] [--only words]`: makes or reuses the store, runs every
 * operation (or those whose name contains `--only`, e.g. `--only import`) through the service layer and its
 * floor, prints the table and writes the results file.
 */
const argv = process.argv.slice(2);
const scale = numberOption(argv, 'scale', 1);
const dir = option(argv, 'dir') ?? benchDir();
const out = resolve(option(argv, 'out') ?? join('tests', 'bench', 'results.json'));
const manifest = ensureDataset({
  dir,
  seed: numberOption(argv, 'seed', DEFAULT_SEED),
  scale,
  log: (line) => console.log(line),
});
const only = option(argv, 'only');
const operations = only ? OPERATIONS.filter((operation) => operation.name.includes(only)) : OPERATIONS;
if (operations.length === 0) throw new Error(`--only "${only}" names no operation`);
const report = runBenchmark({ dataDir: dir, manifest, operations, log: (line) => console.log(line) });
writeResults(report, out);
console.log(`\n${formatReport(report)}\n\nResults written to ${out}.`);
// The browser part (delegation list first paint and scroll, calendar month) is its own command.
console.log('Browser figures: npm run bench:browser (after npm run build), appended to the same file.');
