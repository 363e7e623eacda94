import type Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, rmSync, statSync } from 'node:fs';
import { backupStore } from './backup.js';
import { openDatabase, type Driver } from './driver.js';
import { StoreOpenError, type StoreOpenProblem } from './errors.js';
import { MIGRATIONS } from './migrations/index.js';
import { migrate, refuseNewerSchema, schemaVersion, type Migration } from './migrations/runner.js';
import { findHotWalLoss } from './wal-guard.js';

export type Store = Database.Database;

export interface OpenStoreOptions extends Driver {
  /** Tests pass a shorter or longer list to exercise the runner. */
  migrations?: readonly Migration[];
  /** Where the checked backup taken before migrating an existing store goes. */
  backupFolder?: string;
}

const BUSY_TIMEOUT_MS = 5000;

/**
 * The WAL is folded into the file when the app is idle (main/store-holder.ts); SQLite does it inside a commit
 * only past this many pages (~40 MB), a bound for a long burst of writes (an import, a restore of many records).
 * At its default of 1,000, every twentieth save of a visit paid for it.
 */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/**
 * SQLite's own page cache, in KiB (a negative cache_size): 64 MiB, taken only as pages are read. At the default
 * (16 MiB with this build), a ministry-sized store's calendar, lists and dossiers kept re-reading the same pages
 * from the operating system, a few microseconds each, for a fifth of their time (tests/bench/README.md).
 */
const PAGE_CACHE_KIB = 65_536;

/**
 * The pragmas every connection needs. They are per-connection, not stored in the file
 * (better-sqlite3 reopens a WAL database at synchronous=NORMAL), so they run on every open.
 */
export function applyPragmas(db: Store): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
}

/** Distinct SQL texts kept compiled; the app has about a hundred, so this is only a guard against growth. */
const STATEMENT_CACHE_MAX = 1000;

/**
 * better-sqlite3 compiles the SQL again on every prepare(), and the app prepares where it queries (one
 * place per query, easy to read). At ministry scale compiling cost more than running the statements
 * (tests/bench/README.md), so the connection keeps each compiled statement by its text. Sharing one is
 * safe because nothing in the app changes a statement's mode (pluck, raw, expand, safeIntegers, bind) or
 * iterates one while running it again.
 */
function cacheStatements(db: Store): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      if (cache.size >= STATEMENT_CACHE_MAX) cache.clear();
      statement = prepare(source);
      cache.set(source, statement);
    }
    return statement;
  }) as Store['prepare'];
}

function problemOf(error: unknown): StoreOpenProblem | undefined {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return 'not_a_database';
  if (code === 'SQLITE_CORRUPT') return 'corrupt';
  if (code === 'SQLITE_CANTOPEN') return 'cannot_open';
  return undefined;
}

const PROBLEM_TEXT: Record<StoreOpenProblem, string> = {
  not_a_database: 'is not a Protocol Desk database (or is damaged beyond reading)',
  corrupt: 'is damaged',
  cannot_open: 'cannot be opened (check that the folder exists and is writable)',
  from_newer_version: 'was written by a newer version',
  wal_missing: 'has lost its write-ahead log (the -wal file) while it still held saved changes',
};

/**
 * Checks, before any pragma that may write or any migration, that the file is sound: its header is
 * readable, it is as long as its header says (a file cut short), and no newer version wrote it. Before
 * a migration, SQLite's quick_check also reads every page (b-tree structure, page links, record formats:
 * a flipped byte in a page's structure shows up here), so nothing is ever migrated on top of damage.
 * Not on every open: it reads the whole file, 14 s for a ministry-sized store (tests/bench/README.md);
 * damage found later is reported by SQLite when the page is read, and by the integrity check of the
 * backup taken at start.
 */
function checkBeforeWriting(file: string, migrations: readonly Migration[], driver: Driver): void {
  if (!existsSync(file)) return; // a first run: there is nothing to damage
  // Read-only: a refused file must stay byte-identical, and a read-write connection would replay
  // and checkpoint its WAL into it on close.
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((side) => !existsSync(side));
  const db = openDatabase(file, driver, { readonly: true, fileMustExist: true });
  try {
    checkOpenStore(db, file, migrations);
  } finally {
    db.close();
    // A read-only connection to a WAL file makes an empty -wal and -shm it may not delete on close;
    // they were not there before and hold nothing, so the folder is left as it was found.
    if (sideFiles.length === 2 && existsSync(`${file}-wal`) && statSync(`${file}-wal`).size === 0) {
      for (const side of sideFiles) rmSync(side, { force: true });
    }
  }
}

function checkOpenStore(db: Store, file: string, migrations: readonly Migration[]): void {
  const version = schemaVersion(db); // the first read: a garbage header fails here with NOTADB
  const latest = migrations.at(-1)?.version ?? 0;
  refuseNewerSchema(version, latest);
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const fileBytes = statSync(file).size;
  // With frames in the WAL, pages past the file's end may live there: only a file on its own is measured.
  const walBytes = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
  if (walBytes === 0 && fileBytes < pageCount * pageSize) {
    throw new StoreOpenError(
      'corrupt',
      `The data file ${file} ${PROBLEM_TEXT.corrupt} (it holds ${fileBytes} bytes of its ${pageCount * pageSize}: cut short).`,
    );
  }
  if (version === latest) return;
  const findings = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const problems = findings.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (problems.length > 0) {
    throw new StoreOpenError('corrupt', `The data file ${file} ${PROBLEM_TEXT.corrupt} (${problems[0]}).`);
  }
}

/**
 * Opens (creating if absent) the store at `file`, sets the pragmas and runs pending migrations.
 * A file that is not a readable database is reported, never overwritten or recreated.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  let db: Store | undefined;
  const migrations = options.migrations ?? MIGRATIONS;
  try {
    const walLoss = findHotWalLoss(file);
    if (walLoss) {
      throw new StoreOpenError(
        'wal_missing',
        `The data file ${file} ${PROBLEM_TEXT.wal_missing}: ${walLoss.framesMissing} saved page changes are missing.`,
      );
    }
    const driver: Driver = { nativeBinding: options.nativeBinding, key: options.key };
    checkBeforeWriting(file, migrations, driver);
    db = openDatabase(file, driver);
    cacheStatements(db);
    applyPragmas(db);
    const store = db;
    migrate(store, migrations, (from, to) => {
      if (options.backupFolder)
        backupStore(store, options.backupFolder, new Date(), `before-v${to}-from-v${from}`, driver);
    });
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreOpenError) throw error;
    const problem = problemOf(error);
    if (!problem) throw error;
    throw new StoreOpenError(problem, `The data file ${file} ${PROBLEM_TEXT[problem]}.`, { cause: error });
  }
}
