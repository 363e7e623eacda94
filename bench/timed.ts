import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openApp } from '../main/bootstrap.js';
import { DATABASE_FILE } from '../main/data-dir.js';
import { extractArticle } from '../main/extract/index.js';
import { ARTICLE_BATCH_MAX_BYTES, ARTICLE_BATCH_MAX_ITEMS } from '../shared/domain/article.js';
import type { ArticleImportResult } from '../shared/domain/article-review.js';
import { benchArticles } from './articles.js';
import { createdIds, prepareReplay, recordStatements, type RecordedStatement } from './record.js';
import type { BenchContext } from './operations.js';

/** What a self-timed operation reports: each run's time and its floor's, in milliseconds. */
export interface Timings {
  timings: number[];
  floors: number[];
  /** What the figures cover, printed beside them (e.g. how many articles were imported, not turned away). */
  note?: string;
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * Extraction of a 5 KB article: `extractArticle` on a different generated article per run, in the three
 * languages in turn. Its floor is reading the text once — Unicode-normalising it and splitting it into words —
 * since the extractor does at least that and no database is involved.
 */
export function timeExtraction(runs: number): Timings {
  const texts = benchArticles(5_005, Math.max(runs, 3), 5 * 1024);
  const options = { homeCountry: 'VN' };
  for (const text of texts.slice(0, 3)) extractArticle(text, options); // warm-up, one per language
  const timings = texts.slice(0, runs).map((text) =>
    time(() => {
      if (extractArticle(text, options).language === null) throw new Error('extraction found no language');
    }),
  );
  let words = 0;
  const floors = texts.slice(0, runs).map((text) =>
    time(() => {
      words += text.normalize('NFC').split(/\s+/u).length;
    }),
  );
  if (words === 0) throw new Error('no words read');
  return { timings, floors };
}

/** A copy of the bench store in a new temporary folder (after a checkpoint, the file alone is the store). */
function copyStore(context: BenchContext): { dir: string; remove: () => void } {
  context.app.db.pragma('wal_checkpoint(TRUNCATE)');
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-import-'));
  copyFileSync(join(context.dataDir, DATABASE_FILE), join(dir, DATABASE_FILE));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The texts in the calls the import page makes: up to 25 articles (and 8 MB) a call, in order. */
function importBatches(texts: readonly string[]): string[][] {
  const batches: string[][] = [];
  let bytes = 0;
  for (const text of texts) {
    const last = batches.at(-1);
    if (!last || last.length === ARTICLE_BATCH_MAX_ITEMS || bytes + text.length > ARTICLE_BATCH_MAX_BYTES) {
      batches.push([text]);
      bytes = text.length;
    } else {
      last.push(text);
      bytes += text.length;
    }
  }
  return batches;
}

/**
 * Import of `count` articles (1,000) with indexing, as the import page sends them: batches of 25 through the
 * dispatcher's `articles.import` (text check, language and date, fingerprint, duplicate check against the store
 * and the batch, insert, word and trigram index, audit — one transaction a batch), into a fresh copy of the
 * bench store per run, with a freshly opened app (so nothing is remembered from an earlier run); the time is the
 * whole import. Its floor replays the SQL those calls executed, one immediate transaction per batch as the app
 * commits them, on a bare connection to another fresh copy.
 */
export function timeImport(context: BenchContext, runs: number, count: number): Timings {
  const batches = importBatches(benchArticles(1_000_000 + count, count, 5 * 1024));
  const timings: number[] = [];
  const floors: number[] = [];
  let imported = 0;
  let recordings: RecordedStatement[][] = [];
  // Pass 0 is recorded (for the floor) and not timed, since recording wraps every statement; then `runs` timed.
  for (let pass = 0; pass <= runs; pass++) {
    const copy = copyStore(context);
    const app = openApp({ dataDir: copy.dir, mode: 'browser', version: 'bench' });
    try {
      imported = 0;
      const importBatch = (texts: string[]) => {
        const result = app.dispatch('articles.import', { items: texts.map((text) => ({ text })) });
        if (result instanceof Promise || !result.ok)
          throw new Error(`articles.import failed: ${JSON.stringify(result).slice(0, 500)}`);
        for (const outcome of (result.value as ArticleImportResult).outcomes) {
          if (outcome.status === 'refused') throw new Error(`articles.import refused: ${JSON.stringify(outcome)}`);
          if (outcome.status === 'imported') imported++;
        }
      };
      if (pass === 0) recordings = batches.map((texts) => recordStatements(app.db, () => importBatch(texts)));
      else timings.push(time(() => batches.forEach(importBatch)));
    } finally {
      app.db.close();
      copy.remove();
    }
  }
  for (let run = 0; run < runs; run++) {
    const copy = copyStore(context);
    const raw = new Database(join(copy.dir, DATABASE_FILE));
    try {
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = FULL');
      raw.pragma('foreign_keys = ON');
      const replays = recordings.map((recorded) => raw.transaction(prepareReplay(raw, recorded, createdIds(recorded))));
      floors.push(time(() => replays.forEach((replay) => replay.immediate())));
    } finally {
      raw.close();
      copy.remove();
    }
  }
  return {
    timings,
    floors,
    note: `${imported} of ${count} imported in ${batches.length} ${batches.length === 1 ? 'call' : 'calls'}, the rest turned away as duplicates`,
  };
}
