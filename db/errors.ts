/** Why a store could not be opened, in words the app can show (DESIGN §6: never recreate silently). */
export type StoreOpenProblem = 'not_a_database' | 'corrupt' | 'from_newer_version' | 'cannot_open';

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
