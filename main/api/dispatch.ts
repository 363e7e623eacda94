import { contract } from '../../shared/api/contract.js';
import { isApiMethod } from '../../shared/api/methods.js';
import { DomainError, fail, ok, type Result } from '../../shared/api/result.js';
import { describeFieldErrors, fieldErrors } from '../../shared/api/field-errors.js';
import type { Handlers } from '../services/handler.js';
import type { ServiceContext } from '../services/context.js';

/**
 * The one entry point both transports call: checks the method is in the contract, validates
 * the input before any SQL, runs the handler, and wraps everything in the result envelope.
 */
export function createDispatcher(
  ctx: ServiceContext,
  handlers: Handlers,
  log: (error: unknown) => void = console.error,
) {
  function failure(error: unknown): Result<never> {
    if (error instanceof DomainError) return fail(error.code, error.message, error.fields);
    log(error);
    return fail('internal', 'Something went wrong. The details are in the log.');
  }

  /** Answers at once for synchronous handlers; with a promise for the few that are not (file exports). */
  return function dispatch(method: unknown, input: unknown): Result<unknown> | Promise<Result<unknown>> {
    if (!isApiMethod(method)) {
      return fail('unknown_method', `Unknown method: ${String(method).slice(0, 100)}`);
    }
    try {
      // Inside the try too: a schema's refinement that throws must still answer with an envelope.
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) {
        const fields = fieldErrors(parsed.error);
        return fail('invalid_input', describeFieldErrors(fields), fields);
      }
      // The contract ties each method to its handler's input type; TypeScript cannot follow the
      // correlation through the union, so the call is made through the widened type.
      const handler = handlers[method] as (ctx: ServiceContext, input: unknown) => unknown;
      const value = handler(ctx, parsed.data);
      return value instanceof Promise ? value.then(ok, failure) : ok(value);
    } catch (error) {
      return failure(error);
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
