// Runs Doyensec's electronegativity on a folder of Electron sources and writes its findings as JSON:
//   node tests/electronegativity/scan.mjs <input folder> <output.json> <electron version>
// Through the tool's own runner rather than its CLI because the CLI's files lose what we need: its CSV
// writer appends the rows while a second write of the header truncates the file (the first finding
// comes out cut in half), and its SARIF keeps no severity. The checks and options are the CLI's.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [input, output, electronVersion] = process.argv.slice(2);
if (!input || !output || !electronVersion) {
  console.error('usage: node scan.mjs <input folder> <output.json> <electron version>');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const runner = require('@doyensec/electronegativity/dist/runner.js');
const run = runner.default ?? runner;

const result = await run({
  input: resolve(input),
  customScan: [],
  // The only check that goes online (it fetches Electron's release list).
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  isRelative: true,
  isVerbose: false,
  // Without it the tool guesses v0.1.0 and reports settings that Electron removed long ago (the remote module).
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});

const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file,
  line: issue.location?.line ?? 0,
  column: issue.location?.column ?? 0,
  sample: issue.sample ?? '',
  description: issue.description,
  manualReview: Boolean(issue.manualReview),
}));
// A file the tool cannot parse is skipped silently, with its note in here: the test fails on any.
const errors = result.errors.map((error) => ({ file: error.file, message: error.message, tolerable: error.tolerable }));
const checks = result.atomicChecks + result.globalChecks;
writeFileSync(output, JSON.stringify({ checks, errors, findings }, null, 2));
console.log(
  `electronegativity: ${findings.length} finding(s) from ${checks} checks, ${errors.length} parse error(s) → ${output}`,
);
