import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/connection.js';
import type { ChangeContext } from '../../db/mutations/audit.js';
import type { AppInfo } from '../../shared/api/contract.js';
import type { Printed, SavedPdf } from '../../shared/domain/print.js';

/**
 * Prints a page of the app from a hidden window. Only the Electron shell has one
 * (main/electron/print-window.ts); in browser mode there is none and the renderer uses the browser's print.
 */
export interface Printer {
  savePdf(route: string): Promise<SavedPdf>;
  print(route: string): Promise<Printed>;
}

/** What every handler gets: the open store, facts about this run, and the one way to write. */
export interface ServiceContext {
  db: Store;
  info: AppInfo;
  /**
   * Runs `work` in one immediate transaction with a fresh change context (timestamp, actor, ids):
   * its checks and writes succeed or fail together, and nothing is written when it throws.
   */
  write<T>(work: (change: ChangeContext) => T): T;
  printer?: Printer;
}

export function createServiceContext(db: Store, info: AppInfo, actor: string, printer?: Printer): ServiceContext {
  return {
    db,
    info,
    ...(printer ? { printer } : {}),
    write: (work) =>
      db.transaction(() => work({ actor, now: new Date().toISOString(), newId: randomUUID })).immediate(),
  };
}
