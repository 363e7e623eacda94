import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyPragmas } from '../db/connection.js';
import { openApp, type OpenedApp } from '../main/bootstrap.js';
import { DATABASE_FILE } from '../main/data-dir.js';
import type { Manifest } from './generate/store.js';
import { call, type BenchContext, type CallOperation, type Operation } from './operations.js';
import { createdIds, prepareReplay, recordStatements } from './record.js';
import type { Timings } from './timed.js';

export interface BenchResult {
  name: string;
  median_ms: number;
  p95_ms: number;
  floor_ms: number;
  ratio: number;
  target_ms: number;
}

export interface BenchReport {
  results: BenchResult[];
  /** What a figure covers, by operation name (printed in the table, not in results.json). */
  notes: Record<string, string>;
  peakRssBytes: number;
  databaseBytes: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}
const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** The connection the floor runs on: the same pragmas as the app's (its page cache too), nothing else. */
function bareConnection(file: string): Database.Database {
  const raw = new Database(file);
  applyPragmas(raw);
  return raw;
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * Reads the store file through once, so that every figure is taken with it in the OS page cache, as a store in
 * daily use is. Without this, the first run after a pause read it from disk again (this virtual machine gives its
 * page cache back within minutes) and missed: list page p95 23 ms, month grid 16 ms, global search 44 ms, where
 * the runs after it took 3–4, 6–11 and 15–19. Returns the ms it took.
 */
function readIntoPageCache(file: string): number {
  return time(() => {
    const descriptor = openSync(file, 'r');
    try {
      const chunk = Buffer.allocUnsafe(16 * 1024 * 1024);
      while (readSync(descriptor, chunk, 0, chunk.length, null) > 0);
    } finally {
      closeSync(descriptor);
    }
  });
}

function openBenchApp(dataDir: string): OpenedApp {
  return openApp({ dataDir, mode: 'browser', version: 'bench' });
}

/** Times one API operation through the dispatcher `runs` times, and its floor as many times. */
function measureCall(operation: CallOperation, context: BenchContext, runs: number, file: string): Timings {
  const app = context.app;
  const timings: number[] = [];
  const floors: number[] = [];
  const dispatch = (method: string, input: unknown) => {
    const result = app.dispatch(method, input);
    if (result instanceof Promise || !result.ok)
      throw new Error(`${operation.name}: ${method} failed: ${JSON.stringify(result)}`);
  };

  if (operation.kind === 'open') {
    const { method, input } = operation.call(context, 0);
    const recorded = recordStatements(app.db, () => dispatch(method, input));
    for (let run = 0; run < runs; run++) {
      timings.push(
        time(() => {
          const opened = openBenchApp(context.dataDir);
          try {
            call(opened, method, input);
          } finally {
            opened.db.close();
          }
        }),
      );
      floors.push(
        time(() => {
          const raw = bareConnection(file);
          try {
            raw.pragma('user_version');
            prepareReplay(raw, recorded)();
          } finally {
            raw.close();
          }
        }),
      );
    }
  } else {
    const calls = Array.from({ length: runs }, (_, run) => operation.call(context, run));
    const raw = bareConnection(file);
    try {
      // Each call once, untimed, recording the statements it runs: that warms the statement cache and the call's
      // own pages, as a user's second click would, and gives the call's floor, which a read runs once untimed too.
      // A write's floor replays in one immediate transaction, as the app writes.
      const floorsOf = calls.map(({ method, input }) => {
        const recorded = recordStatements(app.db, () => dispatch(method, input));
        const replay = prepareReplay(raw, recorded, createdIds(recorded));
        if (operation.kind === 'write') return () => raw.transaction(replay).immediate();
        replay();
        return replay;
      });
      const timeCall = (run: number) => timings.push(time(() => dispatch(calls[run]!.method, calls[run]!.input)));
      const timeFloor = (run: number) => floors.push(time(floorsOf[run]!));
      if (operation.kind === 'write') {
        // A write on one connection empties the other's page cache at its next read (WAL), so writes keep the calls
        // and the floors apart, each connection keeping its cache as the app's one connection does.
        calls.forEach((_, run) => timeCall(run));
        calls.forEach((_, run) => timeFloor(run));
      } else {
        // Reads take turns, so that a slow moment of the machine falls on both. (Taken in two phases, all calls then
        // all floors, a read's ratio came out at 1.6–2.0 in four runs of six while the call and the floor were each
        // steady across runs.)
        calls.forEach((_, run) => {
          timeCall(run);
          timeFloor(run);
        });
      }
    } finally {
      raw.close();
    }
  }
  return { timings, floors };
}

function summarise(operation: Operation, { timings, floors }: Timings): BenchResult {
  timings.sort((a, b) => a - b);
  floors.sort((a, b) => a - b);
  const median = quantile(timings, 0.5);
  const floor = quantile(floors, 0.5);
  return {
    name: operation.name,
    median_ms: round(median),
    p95_ms: round(quantile(timings, 0.95)),
    floor_ms: round(floor),
    ratio: Math.round((median / floor) * 100) / 100,
    target_ms: operation.target_ms,
  };
}

/** Every operation against the store in `dataDir`; `runsScale` shortens the runs (the smoke test uses few). */
export function runBenchmark(options: {
  dataDir: string;
  manifest: Manifest;
  operations: readonly Operation[];
  runs?: (operation: Operation) => number;
  log?: (line: string) => void;
  /** Articles per import run (1,000 unless the smoke test asks for fewer). */
  importCount?: number;
}): BenchReport {
  const file = join(options.dataDir, DATABASE_FILE);
  const cached = readIntoPageCache(file);
  options.log?.(
    `store file read into the page cache: ${Math.round(statSync(file).size / 1e6)} MB in ${round(cached)} ms`,
  );
  const app = openBenchApp(options.dataDir);
  const results: BenchResult[] = [];
  const notes: Record<string, string> = {};
  try {
    const context: BenchContext = {
      app,
      dataDir: options.dataDir,
      manifest: options.manifest,
      importCount: options.importCount ?? 1000,
    };
    for (const operation of options.operations) {
      const runs = options.runs?.(operation) ?? operation.runs;
      const timings =
        operation.kind === 'timed' ? operation.time(context, runs) : measureCall(operation, context, runs, file);
      const result = summarise(operation, timings);
      if (timings.note) notes[operation.name] = timings.note;
      options.log?.(
        `${result.name}: median ${result.median_ms} ms, p95 ${result.p95_ms} ms${timings.note ? ` (${timings.note})` : ''}`,
      );
      results.push(result);
    }
  } finally {
    app.db.close();
  }
  const size = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return {
    results,
    notes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    databaseBytes: size(file) + size(`${file}-wal`),
  };
}
