/** Why a store could not be opened, in words the app can show (DESIGN §6: never recreate silently). */
export type StoreOpenProblem =
  | 'not_a_database'
  | 'corrupt'
  | 'from_newer_version'
  | 'cannot_open'
  /** The write-ahead log that held committed changes is gone (deleted or emptied beside its index). */
  | 'wal_missing';

export class StoreOpenError extends Error {
  constructor(
    readonly problem: StoreOpenProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

/** Why a backup may not replace the live store: it fails its check, or a newer version wrote it. */
export type RestoreProblem = 'failed_check' | 'from_newer_version';

export class RestoreRefusedError extends Error {
  constructor(
    readonly problem: RestoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}
