/**
 * The names of the API methods, and nothing else: the Electron preload bundles this file,
 * so it must stay free of schemas and libraries. contract.ts checks it holds exactly these.
 */
export const API_METHODS = [
  'app.info',
  'organizations.list',
  'organizations.get',
  'organizations.create',
  'organizations.update',
  'organizations.delete',
  'organizations.dossier',
  'people.list',
  'people.get',
  'people.create',
  'people.update',
  'people.delete',
  'delegations.list',
  'delegations.get',
  'delegations.create',
  'delegations.update',
  'delegations.delete',
  'delegations.restore',
  'relationships.create',
  'relationships.update',
  'relationships.delete',
  'history.list',
  'sampleData.load',
  'gifts.list',
  'gifts.get',
  'gifts.create',
  'gifts.update',
  'gifts.delete',
  'gifts.repeats',
  'gifts.export',
  'agreements.list',
  'agreements.get',
  'agreements.create',
  'agreements.update',
  'agreements.delete',
  'cooperationFields.list',
  'cooperationFields.create',
  'followUps.list',
  'followUps.get',
  'followUps.create',
  'followUps.update',
  'followUps.delete',
  'followUps.addNote',
  'followUps.markDone',
  'calendar.holidays',
  'calendar.saveAdjustment',
  'calendar.deleteAdjustment',
  'search.everything',
  'attachments.add',
  'attachments.get',
  'calendar.range',
  'home.summary',
  'briefings.forDelegation',
  'briefings.saveNotes',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/** The one IPC channel the preload talks to main on. */
export const API_CHANNEL = 'protocol-desk:api';

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}
