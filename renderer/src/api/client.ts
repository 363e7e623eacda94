import type { MethodInput, MethodOutput } from '../../../shared/api/contract.js';
import type { ApiMethod } from '../../../shared/api/methods.js';
import type { ApiError, ErrorCode, FieldErrors } from '../../../shared/api/result.js';
import { createTransport } from './transport.js';

/** A failed call, re-thrown in the renderer with the envelope's code and per-field messages. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

const transport = createTransport();

export async function callApi<M extends ApiMethod>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
