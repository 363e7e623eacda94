import Database from 'better-sqlite3';
import { backupStore } from './backup.js';
import { StoreOpenError, type StoreOpenProblem } from './errors.js';
import { MIGRATIONS } from './migrations/index.js';
import { migrate, type Migration } from './migrations/runner.js';

export type Store = Database.Database;

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's differs from Node's). */
  nativeBinding?: string;
  /** Tests pass a shorter or longer list to exercise the runner. */
  migrations?: readonly Migration[];
  /** Where the checked backup taken before migrating an existing store goes. */
  backupFolder?: string;
}

const BUSY_TIMEOUT_MS = 5000;

/**
 * The pragmas every connection needs. They are per-connection, not stored in the file
 * (better-sqlite3 reopens a WAL database at synchronous=NORMAL), so they run on every open.
 */
export function applyPragmas(db: Store): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
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
};

/**
 * Opens (creating if absent) the store at `file`, sets the pragmas and runs pending migrations.
 * A file that is not a readable database is reported, never overwritten or recreated.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  let db: Store | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    cacheStatements(db);
    applyPragmas(db);
    const store = db;
    migrate(store, options.migrations ?? MIGRATIONS, (from, to) => {
      if (options.backupFolder)
        backupStore(store, options.backupFolder, new Date(), `before-v${to}-from-v${from}`, options.nativeBinding);
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
