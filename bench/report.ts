import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchReport } from './measure.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The figures as a Markdown table (printed, and pasted into tests/bench/README.md). */
export function formatReport(report: BenchReport): string {
  const lines = [
    '| operation | median ms | p95 ms | floor ms | ratio | target p95 ms | met |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...report.results.map(
      (r) =>
        `| ${r.name} | ${r.median_ms.toFixed(2)} | ${r.p95_ms.toFixed(2)} | ${r.floor_ms.toFixed(2)} | ${r.ratio.toFixed(2)} | ${r.target_ms} | ${r.p95_ms <= r.target_ms ? 'yes' : 'NO'}${report.notes[r.name] ? ` (${report.notes[r.name]})` : ''} |`,
    ),
    '',
    `Peak RSS of the benchmark process: ${mb(report.peakRssBytes)}; database file: ${mb(report.databaseBytes)}.`,
  ];
  return lines.join('\n');
}

/** tests/bench/results.json: the array of {name, median_ms, p95_ms, floor_ms, ratio, target_ms} the issue asks for. */
export function writeResults(report: BenchReport, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report.results, null, 2)}\n`);
}
