import { z } from 'zod';
import type { ApiMethod } from './methods.js';
import type { Result } from './result.js';
import { organizationInput, type Organization } from '../domain/organization.js';
import { recordId } from '../domain/fields.js';

/** A method's input schema, with its result type carried along for the typed client. */
interface MethodSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Type-only: never read at run time. */
  output?: Output;
}

function method<Output>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Output> => ({ input });
}

const byId = z.strictObject({ id: recordId });
export const SEARCH_QUERY_MAX = 200;

export interface AppInfo {
  version: string;
  dataDir: string;
  mode: 'electron' | 'browser';
}

/**
 * The API contract, once for both transports: method name → input schema → result.
 * Main validates every input against it before any SQL runs.
 */
export const contract = {
  'app.info': method<AppInfo>()(z.strictObject({})),
  'organizations.list': method<Organization[]>()(
    z.strictObject({
      query: z.string({ error: 'invalid' }).max(SEARCH_QUERY_MAX, { error: 'too_long' }).default(''),
    }),
  ),
  'organizations.get': method<Organization>()(byId),
  'organizations.create': method<Organization>()(organizationInput),
  'organizations.update': method<Organization>()(organizationInput.extend({ id: recordId })),
  'organizations.delete': method<{ id: string }>()(byId),
} satisfies { [M in ApiMethod]: MethodSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
export type MethodInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type MethodParsed<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends ApiMethod> = NonNullable<Contract[M]['output']>;

/** What the renderer calls: the same shape whichever transport is underneath. */
export type ApiTransport = <M extends ApiMethod>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
