import { openStore, type OpenStoreOptions, type Store } from '../db/connection.js';
import { replaceStoreFile } from '../db/restore.js';

/** How long after the last write the WAL is folded into the file. */
export const IDLE_CHECKPOINT_MS = 1000;

/**
 * The one open store of a running app, which a restore replaces. Handlers reach it through the
 * service context at call time (`ctx.db` reads `holder.db`), so after a restore every call —
 * whichever transport it came from — sees the reopened store, never a closed handle.
 */
export class StoreHolder {
  #db: Store;
  #options: OpenStoreOptions;
  #checkpoint: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly file: string,
    options: OpenStoreOptions,
    db: Store,
  ) {
    this.#options = options;
    this.#db = db;
  }

  static open(file: string, options: OpenStoreOptions): StoreHolder {
    return new StoreHolder(file, options, openStore(file, options));
  }

  get db(): Store {
    return this.#db;
  }

  /** How the store is opened: the native build and, for an encrypted store, its data key. */
  get options(): OpenStoreOptions {
    return this.#options;
  }

  get encrypted(): boolean {
    return this.#options.key !== undefined;
  }

  /**
   * Closes the store (after folding the WAL into the file, so nothing is left in -wal), lets `swap`
   * replace the file, and opens it again with the same pragmas and migrations. When `swap` throws,
   * the untouched file is reopened and the error goes on to the caller.
   */
  replaceFile(swap: () => void): void {
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
    this.#db.close();
    try {
      swap();
    } finally {
      this.#db = openStore(this.file, this.#options);
    }
  }

  /**
   * Rewrites the store under a new data key (`undefined`: plain), through a checked copy renamed over
   * the file, and reopens it with that key. On failure the store is reopened as it was.
   */
  rekey(targetKey: Buffer | undefined): void {
    this.replaceFile(() => {
      replaceStoreFile(this.file, this.file, this.#options, { key: targetKey });
      this.#options = { ...this.#options, key: targetKey };
    });
  }

  /**
   * Called after each committed write: once no write has come for IDLE_CHECKPOINT_MS, the WAL is copied into
   * the file. SQLite would otherwise do it inside whichever commit filled the log (db/connection.ts raises that
   * point), so that one user's save paid for a thousand pages written and an extra fsync: the slow tail of
   * every mutation (tests/bench/README.md). A checkpoint that cannot finish (a reader) is simply tried again
   * after the next write; durability does not depend on it.
   */
  afterWrite(): void {
    clearTimeout(this.#checkpoint);
    this.#checkpoint = setTimeout(() => {
      this.#checkpoint = undefined;
      try {
        if (this.#db.open) this.#db.pragma('wal_checkpoint(PASSIVE)');
      } catch (error) {
        // A full disk or an I/O error: the commits are safe in the WAL, and the next write tries again. Thrown
        // here, in a timer, it would stop the app.
        console.warn('Idle WAL checkpoint failed; it is tried again after the next write.', error);
      }
    }, IDLE_CHECKPOINT_MS);
    // A pending checkpoint never keeps the app (or a test) running.
    this.#checkpoint.unref?.();
  }

  close(): void {
    clearTimeout(this.#checkpoint);
    if (this.#db.open) this.#db.close();
  }
}
