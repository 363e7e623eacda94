/**
 * Every API call answers with this envelope, over IPC and over HTTP alike.
 * The renderer never sees a stack trace: only a code, a message and per-field messages.
 */
export const ERROR_CODES = [
  'invalid_input', // the input failed its schema: `fields` says which field and why
  'not_found', // the record does not exist (or was deleted)
  'conflict', // the change clashes with existing data (e.g. a duplicate name)
  'unknown_method', // not a method of the contract
  'unauthorized', // browser mode: missing or wrong token
  'unsupported', // this transport cannot do it (printing from a hidden window outside Electron): fall back
  'backup_refused', // the backup fails its integrity check or is from a newer version: nothing was restored
  'recovery_mode', // the store would not open: only app.info and the recovery methods answer
  'locked', // the store is encrypted and not unlocked yet: only app.info and the unlock methods answer
  'internal', // anything unexpected; details go to the log, not to the caller
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path (e.g. "name", "aliases.2") → message key understood by the renderer's i18n. */
export type FieldErrors = Record<string, string>;

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fields?: FieldErrors): Result<never> {
  return fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
}

/** Thrown by services for expected failures; the dispatcher turns it into an envelope. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
