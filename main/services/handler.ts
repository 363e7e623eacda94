import type { ApiMethod } from '../../shared/api/methods.js';
import type { MethodOutput, MethodParsed } from '../../shared/api/contract.js';
import type { ServiceContext } from './context.js';

/** A handler gets input already checked by the contract's schema; it throws DomainError for expected failures. */
/** Most handlers answer at once (SQLite is synchronous); a few (file exports) take a promise. */
export type Handler<M extends ApiMethod> = (
  ctx: ServiceContext,
  input: MethodParsed<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in ApiMethod]: Handler<M> };
