import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, type ApiMethod } from '../../shared/api/methods.js';
import type { Result } from '../../shared/api/result.js';
import { PRELOAD_GLOBAL, type PreloadApi } from '../../shared/api/preload-api.js';

// Bundled to one CommonJS file (sandboxed preloads cannot load our modules): see vite.preload.config.ts.
const call = (method: ApiMethod) => (input: unknown) =>
  ipcRenderer.invoke(API_CHANNEL, method, input) as Promise<Result<unknown>>;

// Listed one by one: `satisfies` fails the build if a method is missing or one too many is exposed.
const api = {
  'app.info': call('app.info'),
  'organizations.list': call('organizations.list'),
  'organizations.get': call('organizations.get'),
  'organizations.create': call('organizations.create'),
  'organizations.update': call('organizations.update'),
  'organizations.delete': call('organizations.delete'),
  'organizations.dossier': call('organizations.dossier'),
  'people.list': call('people.list'),
  'people.get': call('people.get'),
  'people.create': call('people.create'),
  'people.update': call('people.update'),
  'people.delete': call('people.delete'),
  'delegations.list': call('delegations.list'),
  'delegations.get': call('delegations.get'),
  'delegations.create': call('delegations.create'),
  'delegations.update': call('delegations.update'),
  'delegations.delete': call('delegations.delete'),
  'delegations.restore': call('delegations.restore'),
  'relationships.create': call('relationships.create'),
  'relationships.update': call('relationships.update'),
  'relationships.delete': call('relationships.delete'),
  'history.list': call('history.list'),
  'sampleData.load': call('sampleData.load'),
  'gifts.list': call('gifts.list'),
  'gifts.get': call('gifts.get'),
  'gifts.create': call('gifts.create'),
  'gifts.update': call('gifts.update'),
  'gifts.delete': call('gifts.delete'),
  'gifts.repeats': call('gifts.repeats'),
  'gifts.export': call('gifts.export'),
  'agreements.list': call('agreements.list'),
  'agreements.get': call('agreements.get'),
  'agreements.create': call('agreements.create'),
  'agreements.update': call('agreements.update'),
  'agreements.delete': call('agreements.delete'),
  'cooperationFields.list': call('cooperationFields.list'),
  'cooperationFields.create': call('cooperationFields.create'),
  'followUps.list': call('followUps.list'),
  'followUps.get': call('followUps.get'),
  'followUps.create': call('followUps.create'),
  'followUps.update': call('followUps.update'),
  'followUps.delete': call('followUps.delete'),
  'followUps.addNote': call('followUps.addNote'),
  'followUps.markDone': call('followUps.markDone'),
  'calendar.holidays': call('calendar.holidays'),
  'calendar.saveAdjustment': call('calendar.saveAdjustment'),
  'calendar.deleteAdjustment': call('calendar.deleteAdjustment'),
  'search.everything': call('search.everything'),
  'attachments.add': call('attachments.add'),
  'attachments.get': call('attachments.get'),
  'calendar.range': call('calendar.range'),
  'home.summary': call('home.summary'),
  'briefings.forDelegation': call('briefings.forDelegation'),
  'briefings.saveNotes': call('briefings.saveNotes'),
  'reports.periodic': call('reports.periodic'),
  'reports.periodicXlsx': call('reports.periodicXlsx'),
  'backups.list': call('backups.list'),
  'backups.create': call('backups.create'),
  'print.savePdf': call('print.savePdf'),
  'print.print': call('print.print'),
} satisfies PreloadApi;

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, Object.freeze(api));
