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
} satisfies PreloadApi;

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, Object.freeze(api));
