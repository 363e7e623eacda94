import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../db/connection.js';
import type { AppInfo } from '../shared/api/contract.js';
import { createDispatcher, type Dispatch } from './api/dispatch.js';
import { BACKUP_FOLDER, DATABASE_FILE } from './data-dir.js';
import { createServiceContext, type Printer } from './services/context.js';
import { handlers } from './services/index.js';

export interface OpenedApp {
  db: Store;
  info: AppInfo;
  dispatch: Dispatch;
}

/** Who the audit log names: the OS account, since the app has no log-in of its own. */
function currentActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Opens the store in the data folder and wires the handlers: the same for Electron and browser mode. */
export function openApp(options: {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  nativeBinding?: string;
  /** The Electron shell's hidden-window printer; browser mode has none. */
  printer?: Printer;
}): OpenedApp {
  mkdirSync(options.dataDir, { recursive: true });
  const backupFolder = join(options.dataDir, BACKUP_FOLDER);
  const db = openStore(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding, backupFolder });
  const info: AppInfo = { version: options.version, dataDir: options.dataDir, mode: options.mode };
  return {
    db,
    info,
    dispatch: createDispatcher(createServiceContext(db, info, currentActor(), options.printer), handlers),
  };
}
