/**
 * Pure URL checks for the Electron shell (no 'electron' import, so they are unit-tested under Node).
 * The app is served from app://protocol-desk/ — anything else is foreign.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'protocol-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * app:// behaves as a secure, standard origin ('self' works in the CSP). Code cache: Electron keeps V8's compiled
 * code only for http(s) unless a standard scheme asks for it, so without it each start compiled the renderer's
 * scripts afresh.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

function parse(url: string | undefined | null): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Is this a page of the app itself (the only place navigation and IPC may come from)? */
export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = parse(url);
  return parsed?.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** May this link the user clicked be handed to the OS browser? Only plain https, no credentials. */
export function isSafeExternalUrl(url: string | undefined | null): boolean {
  const parsed = parse(url);
  return parsed?.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}
