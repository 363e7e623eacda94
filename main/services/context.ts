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
import type { KeyKeeper } from '../encryption/key-keeper.js';
import type { StoreHolder } from '../store-holder.js';
import { UploadArea } from './upload-area.js';

/** What only the Electron shell has: a hidden-window printer and the OS keyring. Browser mode has neither. */
export interface ShellServices {
  printer?: Printer;
  keyKeeper?: KeyKeeper;
}

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
  printer?: Printer;
  keyKeeper?: KeyKeeper;
  /** Large files arriving in pieces, until the method that needs one takes it. */
  uploads: UploadArea;
}

export function createServiceContext(
  store: StoreHolder,
  info: AppInfo,
  actor: string,
  shell: ShellServices = {},
): ServiceContext {
  return {
    get db() {
      return store.db;
    },
    store,
    info,
    uploads: new UploadArea(),
    ...(shell.printer ? { printer: shell.printer } : {}),
    ...(shell.keyKeeper ? { keyKeeper: shell.keyKeeper } : {}),
    write: (work) => {
      const result = store.db
        .transaction(() => work({ actor, now: new Date().toISOString(), newId: randomUUID }))
        .immediate();
      store.afterWrite();
      return result;
    },
  };
}
