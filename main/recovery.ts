import { existsSync } from 'node:fs';
import { StoreOpenError } from '../db/errors.js';
import { looksEncrypted, looksPlain, type Driver } from '../db/driver.js';
import { moveAside, replaceStoreFile } from '../db/restore.js';
import { API_METHODS } from '../shared/api/methods.js';
import { DomainError } from '../shared/api/result.js';
import type { AppInfo } from '../shared/api/contract.js';
import type { RecoveryInfo, RecoveryResult } from '../shared/domain/backup.js';
import type { LockedInfo } from '../shared/domain/encryption.js';
import { createDispatcher, type Dispatch } from './api/dispatch.js';
import { openApp, storeFileOf, type AppOptions, type OpenedApp } from './bootstrap.js';
import { hasKeyFile, KeyFileDamagedError, readKeyFile, removeKeyFile, writeKeyFile } from './encryption/key-file.js';
import { keyFromPassphrase, keyFromRecoveryKey, lockKey, matchStoreEncryption } from './encryption/store-encryption.js';
import type { Handlers } from './services/handler.js';
import type { ServiceContext } from './services/context.js';
import { newestGoodBackup } from './services/backups.js';

/** A running app: open, locked until its passphrase is given, or in recovery until a backup is restored. */
export interface AppRuntime {
  /** Both transports call this: it answers from the locked/recovery table until the store opens. */
  dispatch: Dispatch;
  /** The opened app, once there is one. */
  readonly app: OpenedApp | undefined;
  /** Why the store would not open (undefined once restored, or when it opened). */
  readonly recovery: RecoveryInfo | undefined;
  /** Set while an encrypted store waits for its passphrase. */
  readonly locked: LockedInfo | undefined;
}

export interface StartOptions extends AppOptions {
  /** Called once the store is open, at start, after unlocking or after a recovery restore (e.g. the backup schedule). */
  onOpened?: (app: OpenedApp) => void;
  /** What "Quit" on the recovery and unlock screens does. */
  quit: () => void;
}

const withoutFile = <T extends { file: string }>({ file: _file, ...rest }: T): Omit<T, 'file'> => rest;

const notOpenRefusal = (locked: boolean) =>
  locked
    ? new DomainError('locked', 'The data is encrypted: unlock it with its passphrase or recovery key first.')
    : new DomainError(
        'recovery_mode',
        'The data file could not be opened: only restoring a backup or quitting is possible until it is.',
      );

/** Was the key file damaged or missing, so only the recovery key can unlock? */
function lockedInfo(dataDir: string): LockedInfo {
  try {
    readKeyFile(dataDir);
    return { keyFileDamaged: false };
  } catch (error) {
    if (error instanceof KeyFileDamagedError) return { keyFileDamaged: true };
    throw error;
  }
}

/**
 * Opens the app. An encrypted store (a key file beside a file that is not plain SQLite) opens with the
 * key the OS keyring holds for it, or else starts locked: only app.info, the unlock methods and quit
 * answer until the passphrase or the printed recovery key is given. A store that will not open
 * (corrupt, truncated, not a database, lost WAL, from a newer version) neither exits nor is touched:
 * the app starts in recovery, where app.info says what is wrong and only the recovery methods work.
 */
export function startApp(options: StartOptions): AppRuntime {
  let app: OpenedApp | undefined;
  let recovery: RecoveryInfo | undefined;
  let locked: LockedInfo | undefined;
  let key: Buffer | undefined;
  const live = storeFileOf(options.dataDir);
  const driver = (): Driver => ({ nativeBinding: options.nativeBinding, key });

  /** Opens with `dataKey`; the state changes only once the store opened, or is known not to open. */
  function openWith(dataKey: Buffer | undefined): void {
    let failure: RecoveryInfo | undefined;
    try {
      app = openApp({ ...options, key: dataKey });
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      failure = { reason: error.problem, message: error.message, path: live, newestGoodBackup: null };
    }
    key = dataKey;
    locked = undefined;
    recovery = failure;
    if (!app) return;
    try {
      // Finishes turning encryption on or off where a crash stopped it; never keeps the app from opening.
      matchStoreEncryption(options.dataDir, driver());
    } catch (error) {
      console.error(`Backups and attachments could not all be brought to the store's encryption: ${String(error)}`);
    }
    options.onOpened?.(app);
  }

  if (looksEncrypted(live) && hasKeyFile(options.dataDir)) {
    const info = lockedInfo(options.dataDir);
    const sealed = info.keyFileDamaged ? undefined : readKeyFile(options.dataDir).keeper;
    const kept = sealed === undefined ? undefined : options.keyKeeper?.open(sealed);
    if (kept) openWith(kept);
    else locked = info;
  } else {
    // A plain store beside a key file: turning encryption on or off stopped with the store plain. The key file locks nothing.
    if (looksPlain(live)) removeKeyFile(options.dataDir);
    openWith(undefined);
  }
  const info: AppInfo = { version: options.version, dataDir: options.dataDir, mode: options.mode };

  function restoreNewest(): RecoveryResult {
    if (locked) throw notOpenRefusal(true);
    const backup = newestGoodBackup(options.dataDir, driver());
    if (!backup) throw new DomainError('not_found', 'There is no backup that passes its check.');
    // Never deleted: moved aside under a name that says what it is, with its -wal and -shm.
    const damagedFile = existsSync(live) ? moveAside(live, new Date()) : live;
    replaceStoreFile(live, backup.file, driver());
    openWith(key);
    return { restored: withoutFile(backup), damagedFile };
  }

  const refuse = () => {
    throw notOpenRefusal(locked !== undefined);
  };
  const notOpenHandlers = {
    ...(Object.fromEntries(API_METHODS.map((method) => [method, refuse])) as unknown as Handlers),
    'app.info': () => {
      const newest = recovery && newestGoodBackup(options.dataDir, driver());
      return {
        ...info,
        ...(locked ? { locked } : {}),
        recovery: recovery && { ...recovery, newestGoodBackup: newest ? withoutFile(newest) : null },
      };
    },
    'recovery.restoreNewest': restoreNewest,
    'recovery.quit': () => {
      options.quit();
      return {};
    },
    'encryption.unlock': (_ctx, { passphrase }) => {
      if (!locked) throw notOpenRefusal(false);
      if (locked.keyFileDamaged) throw new DomainError('conflict', 'The key file is damaged: use the recovery key.');
      openWith(keyFromPassphrase(options.dataDir, passphrase));
      return { opened: app !== undefined };
    },
    // Also offered in recovery: a store encrypted just before a crash, with its key file not yet written, reads as "not a database".
    'encryption.unlockWithRecoveryKey': (_ctx, { recoveryKey, newPassphrase }) => {
      const dataKey = keyFromRecoveryKey(live, driver(), recoveryKey);
      writeKeyFile(options.dataDir, lockKey(dataKey, newPassphrase, options.keyKeeper));
      openWith(dataKey);
      return { opened: app !== undefined };
    },
  } satisfies Handlers;
  // No handler above reads the context; anything that tries is refused like any other method.
  const noStore = new Proxy({} as ServiceContext, { get: refuse });
  const notOpenDispatch = createDispatcher(noStore, notOpenHandlers);

  return {
    dispatch: (method, input) => (app ? app.dispatch(method, input) : notOpenDispatch(method, input)),
    get app() {
      return app;
    },
    get recovery() {
      return recovery;
    },
    get locked() {
      return locked;
    },
  };
}
