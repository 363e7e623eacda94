import { openStore, type OpenStoreOptions, type Store } from '../db/connection.js';

/**
 * The one open store of a running app, which a restore replaces. Handlers reach it through the
 * service context at call time (`ctx.db` reads `holder.db`), so after a restore every call —
 * whichever transport it came from — sees the reopened store, never a closed handle.
 */
export class StoreHolder {
  #db: Store;

  constructor(
    readonly file: string,
    readonly options: OpenStoreOptions,
    db: Store,
  ) {
    this.#db = db;
  }

  static open(file: string, options: OpenStoreOptions): StoreHolder {
    return new StoreHolder(file, options, openStore(file, options));
  }

  get db(): Store {
    return this.#db;
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
      this.#db = openStore(this.file, this.options);
    }
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
