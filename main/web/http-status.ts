import type { ErrorCode } from '../../shared/api/result.js';

/** HTTP status for each envelope error, so curl and logs tell failures apart at a glance. */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  // Not Implemented: this transport (browser mode) cannot do it; the renderer falls back.
  unsupported: 501,
  // The request was understood but the file it names may not be restored.
  backup_refused: 422,
  // The store would not open: the service is unavailable until it is recovered.
  recovery_mode: 503,
  // The store is encrypted and waits for its passphrase (WebDAV's "Locked", the closest there is).
  locked: 423,
  internal: 500,
};
