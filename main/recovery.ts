import { existsSync } from 'node:fs';
import { StoreOpenError } from '../db/errors.js';
import { moveAside, replaceStoreFile } from '../db/restore.js';
import { API_METHODS } from '../shared/api/methods.js';
import { DomainError } from '../shared/api/result.js';
import type { AppInfo } from '../shared/api/contract.js';
import type { RecoveryInfo, RecoveryResult } from '../shared/domain/backup.js';
import { createDispatcher, type Dispatch } from './api/dispatch.js';
import { openApp, storeFileOf, type AppOptions, type OpenedApp } from './bootstrap.js';
import type { Handlers } from './services/handler.js';
import type { ServiceContext } from './services/context.js';
import { newestGoodBackup } from './services/backups.js';

/** A running app: normal, or in recovery until the newest good backup has been restored. */
export interface AppRuntime {
  /** Both transports call this: it answers from the recovery table until the store opens. */
  dispatch: Dispatch;
  /** The opened app, once there is one. */
  readonly app: OpenedApp | undefined;
  /** Why the store would not open at start (undefined once restored, or when it opened). */
  readonly recovery: RecoveryInfo | undefined;
}

export interface StartOptions extends AppOptions {
  /** Called once the store is open, at start or after a recovery restore (e.g. the backup schedule). */
  onOpened?: (app: OpenedApp) => void;
  /** What "Quit" on the recovery screen does. */
  quit: () => void;
}

const withoutFile = <T extends { file: string }>({ file: _file, ...rest }: T): Omit<T, 'file'> => rest;

const recoveryRefusal = () =>
  new DomainError(
    'recovery_mode',
    'The data file could not be opened: only restoring a backup or quitting is possible until it is.',
  );

/**
 * Opens the app; when the store will not open (corrupt, truncated, not a database, lost WAL, from a
 * newer version) it neither exits nor touches the file: it starts in recovery, where app.info says
 * what is wrong and where, and only the recovery methods work. Every other method answers
 * `recovery_mode`, and anything reaching for the store is refused the same way.
 */
export function startApp(options: StartOptions): AppRuntime {
  let app: OpenedApp | undefined;
  let recovery: RecoveryInfo | undefined;
  const opened = (next: OpenedApp) => {
    app = next;
    recovery = undefined;
    options.onOpened?.(next);
  };
  try {
    opened(openApp(options));
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    recovery = {
      reason: error.problem,
      message: error.message,
      path: storeFileOf(options.dataDir),
      newestGoodBackup: null,
    };
  }
  const info: AppInfo = { version: options.version, dataDir: options.dataDir, mode: options.mode };

  function restoreNewest(): RecoveryResult {
    const backup = newestGoodBackup(options.dataDir, options.nativeBinding);
    if (!backup) throw new DomainError('not_found', 'There is no backup that passes its check.');
    const live = storeFileOf(options.dataDir);
    // Never deleted: moved aside under a name that says what it is, with its -wal and -shm.
    const damagedFile = existsSync(live) ? moveAside(live, new Date()) : live;
    replaceStoreFile(live, backup.file, options.nativeBinding);
    opened(openApp(options));
    return { restored: withoutFile(backup), damagedFile };
  }

  const refuse = () => {
    throw recoveryRefusal();
  };
  const recoveryHandlers = {
    ...(Object.fromEntries(API_METHODS.map((method) => [method, refuse])) as unknown as Handlers),
    'app.info': () => {
      const newest = recovery && newestGoodBackup(options.dataDir, options.nativeBinding);
      return { ...info, recovery: recovery && { ...recovery, newestGoodBackup: newest ? withoutFile(newest) : null } };
    },
    'recovery.restoreNewest': restoreNewest,
    'recovery.quit': () => {
      options.quit();
      return {};
    },
  } satisfies Handlers;
  // No handler above reads the context; anything that tries is refused like any other method.
  const noStore = new Proxy({} as ServiceContext, { get: refuse });
  const recoveryDispatch = createDispatcher(noStore, recoveryHandlers);

  return {
    dispatch: (method, input) => (app ? app.dispatch(method, input) : recoveryDispatch(method, input)),
    get app() {
      return app;
    },
    get recovery() {
      return recovery;
    },
  };
}
