import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { OpenStoreOptions, Store } from '../db/connection.js';
import type { AppInfo } from '../shared/api/contract.js';
import { createDispatcher, type Dispatch } from './api/dispatch.js';
import { BACKUP_FOLDER, DATABASE_FILE } from './data-dir.js';
import { createServiceContext, type ShellServices } from './services/context.js';
import { handlers } from './services/index.js';
import { StoreHolder } from './store-holder.js';

export interface OpenedApp {
  /** The store open now (a restore replaces it: read it at use, do not keep it). */
  readonly db: Store;
  store: StoreHolder;
  info: AppInfo;
  dispatch: Dispatch;
}

export interface AppOptions extends ShellServices {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  nativeBinding?: string;
  /** The data key of an encrypted store, once unlocked (main/recovery.ts). */
  key?: Buffer;
}

/** Who the audit log names: the OS account, since the app has no log-in of its own. */
function currentActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

export function storeFileOf(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export function storeOptionsOf(options: AppOptions): OpenStoreOptions {
  return { nativeBinding: options.nativeBinding, key: options.key, backupFolder: join(options.dataDir, BACKUP_FOLDER) };
}

/**
 * Opens the store in the data folder and wires the handlers: the same for Electron and browser mode.
 * Throws StoreOpenError when the file will not open (main/recovery.ts turns that into recovery).
 */
export function openApp(options: AppOptions): OpenedApp {
  mkdirSync(options.dataDir, { recursive: true });
  const store = StoreHolder.open(storeFileOf(options.dataDir), storeOptionsOf(options));
  const info: AppInfo = { version: options.version, dataDir: options.dataDir, mode: options.mode };
  return {
    get db() {
      return store.db;
    },
    store,
    info,
    dispatch: createDispatcher(createServiceContext(store, info, currentActor(), options), handlers),
  };
}
