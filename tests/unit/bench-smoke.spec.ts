import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { ensureDataset } from '../../bench/dataset.js';
import { runBenchmark } from '../../bench/measure.js';
import { OPERATIONS } from '../../bench/operations.js';
import { formatReport, writeResults } from '../../bench/report.js';
import { DATABASE_FILE } from '../../main/data-dir.js';
import { tempDir } from '../helpers/temp-store.js';

// The benchmark itself (npm run bench) runs on the full store; here only that it runs, on a tiny one.
// No timing is checked: figures depend on the machine.
test('the benchmark generates a small store through the app and runs every operation against it', () => {
  test.setTimeout(180_000);
  const dir = tempDir('pd-bench-');
  try {
    const manifest = ensureDataset({ dir: dir.path, seed: 7, scale: 0.002 });
    expect(manifest.counts.delegations).toBe(100);
    expect(manifest.counts.gifts).toBe(200);
    expect(manifest.counts['follow-ups']).toBe(400);
    expect(manifest.counts.articles).toBeGreaterThan(90);

    // The records went through the app's mutations: each has its audit entry and search document.
    const db = new Database(join(dir.path, DATABASE_FILE), { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      const total = (tables: string[]) =>
        tables.map((table) => count(`SELECT count(*) AS n FROM ${table}`)).reduce((a, b) => a + b);
      const searchable = ['organizations', 'people', 'delegations', 'gifts', 'agreements', 'follow_ups', 'articles'];
      expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'create'")).toBe(
        total([...searchable, 'relationships']),
      );
      expect(count('SELECT count(*) AS n FROM search_documents')).toBe(total(searchable));
      expect(count("SELECT count(*) AS n FROM people WHERE native_name GLOB '*[가-힣]*'")).toBeGreaterThan(0);
      expect(count("SELECT count(*) AS n FROM articles WHERE body LIKE '%Thừa Thiên Huế%'")).toBeGreaterThan(0);
    } finally {
      db.close();
    }

    // A second run with the same seed and scale reuses the store.
    const modified = statSync(join(dir.path, DATABASE_FILE)).mtimeMs;
    expect(ensureDataset({ dir: dir.path, seed: 7, scale: 0.002 })).toEqual(manifest);
    expect(statSync(join(dir.path, DATABASE_FILE)).mtimeMs).toBe(modified);

    const report = runBenchmark({ dataDir: dir.path, manifest, operations: OPERATIONS, runs: () => 2, importCount: 6 });
    const file = join(dir.path, 'results.json');
    writeResults(report, file);
    const results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    expect(results.map((result) => result.name)).toEqual(OPERATIONS.map((operation) => operation.name));
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(['floor_ms', 'median_ms', 'name', 'p95_ms', 'ratio', 'target_ms']);
      for (const key of ['median_ms', 'p95_ms', 'floor_ms', 'ratio', 'target_ms'])
        expect(Number.isFinite(result[key]) && (result[key] as number) > 0, `${String(result.name)} ${key}`).toBe(true);
    }
    expect(report.peakRssBytes).toBeGreaterThan(0);
    expect(report.databaseBytes).toBeGreaterThan(0);
    // Every operation of the table is measured, the two article ones included; the import says how
    // many of its articles it stored (the generated ones are distinct enough not to be turned away).
    expect(results.map((result) => result.name)).toEqual(
      expect.arrayContaining(['extraction of a 5 KB article', 'import of 1,000 articles with indexing']),
    );
    expect(report.notes['import of 1,000 articles with indexing']).toBe(
      '6 of 6 imported in 1 call, the rest turned away as duplicates',
    );
    expect(formatReport(report)).not.toContain('not measured');
  } finally {
    dir.remove();
  }
});
