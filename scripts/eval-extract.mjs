// `npm run eval:extract`: precision / recall / F1 per field of the extractor on our labelled fixtures
// (tests/fixtures/articles), on held-out articles (tests/fixtures/heldout) and on the seed articles (../shared/seeds, labelled in tests/fixtures/seeds).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCompiled } from './extract-build.mjs';

ensureCompiled();
const dist = (p) => pathToFileURL(join(process.cwd(), 'dist/node/main/extract', p)).href;
const { extractArticle, htmlToText } = await import(dist('index.js'));
const { emptyScores, scoreOne, report } = await import(dist('eval/score.js'));

function evaluate(title, pairs) {
  const scores = emptyScores();
  for (const { text, expected } of pairs) scoreOne(scores, expected, extractArticle(text));
  console.log(report(title, scores, pairs.length));
  console.log('');
}

function read(file) {
  const raw = readFileSync(file, 'utf8');
  return file.endsWith('.html') ? htmlToText(raw) : raw.normalize('NFC');
}

const fixtures = 'tests/fixtures/articles';
const articlePairs = readdirSync(fixtures)
  .filter((f) => /\.(txt|html)$/.test(f))
  .sort()
  .map((f) => ({
    text: read(join(fixtures, f)),
    expected: JSON.parse(readFileSync(join(fixtures, f.replace(/\.(txt|html)$/, '.json')), 'utf8')),
  }));
evaluate('Fixtures (tests/fixtures/articles)', articlePairs);

// Held-out: written and labelled by someone other than the rule author (the lead engineer's 7 and more
// written in other styles); a separate figure because the rules were never tuned on the first 7 before
// they were measured — the closest we have to real unseen articles.
const heldout = 'tests/fixtures/heldout';
const heldoutPairs = readdirSync(heldout)
  .filter((f) => /\.(txt|html)$/.test(f))
  .sort()
  .map((f) => ({
    text: read(join(heldout, f)),
    expected: JSON.parse(readFileSync(join(heldout, f.replace(/\.(txt|html)$/, '.json')), 'utf8')),
  }));
evaluate('Held-out, written by someone other than the rule author (tests/fixtures/heldout)', heldoutPairs);

const seeds = '../shared/seeds';
if (existsSync(seeds)) {
  const seedPairs = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt') && existsSync(join('tests/fixtures/seeds', `${basename(f)}.json`)))
    .sort()
    .map((f) => ({
      text: read(join(seeds, f)),
      expected: JSON.parse(readFileSync(join('tests/fixtures/seeds', `${basename(f)}.json`), 'utf8')),
    }));
  evaluate('Seeds (../shared/seeds)', seedPairs);
} else {
  console.log('Seeds: ../shared/seeds not found, skipped.');
}

// Speed (a benchmark figure, not a pass/fail): a 5 KB article made of our fixtures, warm mean of 100 runs.
const sample = articlePairs
  .map((p) => p.text)
  .join('\n')
  .slice(0, 5 * 1024);
extractArticle(sample);
const runs = 100;
const started = performance.now();
const cpu = process.cpuUsage();
for (let i = 0; i < runs; i++) extractArticle(sample);
const used = process.cpuUsage(cpu);
const wall = (performance.now() - started) / runs;
const cpuMs = (used.user + used.system) / 1000 / runs;
// CPU time too: on a shared machine the wall-clock figure mostly measures the other processes.
console.log(
  `Speed: ${sample.length} characters, ${wall.toFixed(2)} ms wall / ${cpuMs.toFixed(2)} ms CPU per extraction (mean of ${runs})`,
);
