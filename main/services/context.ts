import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/connection.js';
import type { ChangeContext } from '../../db/mutations/audit.js';
import type { AppInfo } from '../../shared/api/contract.js';

/** What every handler gets: the open store, facts about this run, and the one way to write. */
export interface ServiceContext {
  db: Store;
  info: AppInfo;
  /**
   * Runs `work` in one immediate transaction with a fresh change context (timestamp, actor, ids):
   * its checks and writes succeed or fail together, and nothing is written when it throws.
   */
  write<T>(work: (change: ChangeContext) => T): T;
}

export function createServiceContext(db: Store, info: AppInfo, actor: string): ServiceContext {
  return {
    db,
    info,
    write: (work) =>
      db.transaction(() => work({ actor, now: new Date().toISOString(), newId: randomUUID })).immediate(),
  };
}
