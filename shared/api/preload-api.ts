import type { ApiMethod } from './methods.js';
import type { Result } from './result.js';

/** What the Electron preload exposes as `window.protocolDesk`: one function per contract method, nothing else. */
export type PreloadApi = { readonly [M in ApiMethod]: (input: unknown) => Promise<Result<unknown>> };

export const PRELOAD_GLOBAL = 'protocolDesk';
