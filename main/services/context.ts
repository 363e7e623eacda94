import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/connection.js';
import type { ChangeContext } from '../../db/mutations/audit.js';
import type { AppInfo } from '../../shared/api/contract.js';

/** What every handler gets: the open store, who is acting, and facts about this run. */
export interface ServiceContext {
  db: Store;
  info: AppInfo;
  /** A fresh change context (timestamp, actor, id source) for one write. */
  change(): ChangeContext;
}

export function createServiceContext(db: Store, info: AppInfo, actor: string): ServiceContext {
  return {
    db,
    info,
    change: () => ({ actor, now: new Date().toISOString(), newId: randomUUID }),
  };
}
