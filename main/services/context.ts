import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/connection.js';
import type { ChangeContext } from '../../db/mutations/audit.js';
import type { AppInfo } from '../../shared/api/contract.js';
import type { StoreHolder } from '../store-holder.js';

/** What every handler gets: the open store, facts about this run, and the one way to write. */
export interface ServiceContext {
  /** The store open now: read at call time, since a restore replaces it. */
  readonly db: Store;
  /** Owns the store file: restore closes, swaps and reopens through it. */
  store: StoreHolder;
  info: AppInfo;
  /**
   * Runs `work` in one immediate transaction with a fresh change context (timestamp, actor, ids):
   * its checks and writes succeed or fail together, and nothing is written when it throws.
   */
  write<T>(work: (change: ChangeContext) => T): T;
}

export function createServiceContext(store: StoreHolder, info: AppInfo, actor: string): ServiceContext {
  return {
    get db() {
      return store.db;
    },
    store,
    info,
    write: (work) =>
      store.db.transaction(() => work({ actor, now: new Date().toISOString(), newId: randomUUID })).immediate(),
  };
}
