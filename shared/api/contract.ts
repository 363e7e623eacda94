import { z } from 'zod';
import type { ApiMethod } from './methods.js';
import type { Result } from './result.js';
import { organizationInput, type Organization } from '../domain/organization.js';
import { recordId } from '../domain/fields.js';
import {
  delegationFilter,
  delegationInput,
  delegationUpdate,
  type Delegation,
  type DelegationSummary,
} from '../domain/delegation.js';
import type { OrganizationDossier, PersonPage } from '../domain/dossier.js';
import { HISTORY_ENTITIES, type HistoryEntry } from '../domain/history.js';
import { personInput, type Person } from '../domain/person.js';
import { relationshipInput, relationshipUpdate, type Relationship } from '../domain/relationship.js';

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

const searchOnly = z.strictObject({
  query: z.string({ error: 'invalid' }).max(SEARCH_QUERY_MAX, { error: 'too_long' }).default(''),
});

export interface SampleDataCounts {
  organizations: number;
  people: number;
  delegations: number;
}

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
  'organizations.list': method<Organization[]>()(searchOnly),
  'organizations.get': method<Organization>()(byId),
  'organizations.create': method<Organization>()(organizationInput),
  'organizations.update': method<Organization>()(organizationInput.extend({ id: recordId })),
  'organizations.delete': method<{ id: string }>()(byId),
  'organizations.dossier': method<OrganizationDossier>()(byId),
  'people.list': method<Person[]>()(searchOnly),
  'people.get': method<PersonPage>()(byId),
  'people.create': method<Person>()(personInput),
  'people.update': method<Person>()(personInput.extend({ id: recordId })),
  'people.delete': method<{ id: string }>()(byId),
  'delegations.list': method<DelegationSummary[]>()(delegationFilter),
  'delegations.get': method<Delegation>()(byId),
  'delegations.create': method<Delegation>()(delegationInput),
  'delegations.update': method<Delegation>()(delegationUpdate),
  'delegations.delete': method<{ id: string }>()(byId),
  'delegations.restore': method<Delegation>()(byId),
  'relationships.create': method<Relationship>()(relationshipInput),
  'relationships.update': method<Relationship>()(relationshipUpdate),
  'relationships.delete': method<{ id: string }>()(byId),
  'history.list': method<HistoryEntry[]>()(
    z.strictObject({ entity: z.enum(HISTORY_ENTITIES, { error: 'invalid_choice' }), entityId: recordId }),
  ),
  /** Offered on an empty store only: the visits of the seed articles, in our own words. */
  'sampleData.load': method<SampleDataCounts>()(z.strictObject({})),
} satisfies { [M in ApiMethod]: MethodSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
export type MethodInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type MethodParsed<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends ApiMethod> = NonNullable<Contract[M]['output']>;

/** What the renderer calls: the same shape whichever transport is underneath. */
export type ApiTransport = <M extends ApiMethod>(method: M, input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
