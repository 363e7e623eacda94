import type { ApiTransport } from '../../../shared/api/contract.js';
import { PRELOAD_GLOBAL, type PreloadApi } from '../../../shared/api/preload-api.js';
import type { Result } from '../../../shared/api/result.js';

const TOKEN_KEY = 'protocol-desk.token';
/** The message of the envelope made up here when the server cannot be reached at all. */
export const UNREACHABLE = 'unreachable';

/**
 * Browser mode: the address printed at start carries ?token=…; keep it for this tab only and take it
 * out of the address bar so it is not bookmarked or shown over a shoulder.
 */
function browserModeToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function electronTransport(preload: PreloadApi): ApiTransport {
  return (method, input) => preload[method](input) as ReturnType<ApiTransport>;
}

function httpTransport(): ApiTransport {
  const token = browserModeToken();
  return async (method, input) => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<never>;
    } catch {
      return { ok: false, error: { code: 'internal', message: UNREACHABLE } };
    }
  };
}

/** The same typed calls whichever way the app runs: Electron IPC through the preload, or HTTP on 127.0.0.1. */
export function createTransport(): ApiTransport {
  const preload = (window as unknown as Record<string, PreloadApi | undefined>)[PRELOAD_GLOBAL];
  return preload ? electronTransport(preload) : httpTransport();
}
