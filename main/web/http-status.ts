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
  internal: 500,
};
