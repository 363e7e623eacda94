/**
 * The Electron shell's locks (DESIGN §6), written against the few members of Electron's objects they use,
 * with type-only imports, so the unit tests drive them with small fakes under plain Node.
 */
import { fail, type Result } from '../../shared/api/result.js';
import { isAppUrl, isSafeExternalUrl } from './security.js';

/** An event whose default (navigating, attaching…) can be refused. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** A navigation event: Electron puts the target on the event itself (the url argument is deprecated). */
export interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The members of a WebContents the guards use. Electron's real WebContents satisfies this. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void;
}

export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

export interface GuardedApp {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
}

export type OpenExternal = (url: string) => Promise<void>;

/** Hands a link to the OS browser only when it parses as plain https; says whether it did. */
export function openExternalSafely(openExternal: OpenExternal, url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  openExternal(url).catch(() => undefined); // no browser to hand it to: nothing else to do
  return true;
}

/** Refuses every navigation whose target, once parsed, is not a page of the app itself. */
export function denyForeignNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** Every window, frame and webview the app ever gets: navigation kept home, no new windows, no webviews. */
export function guardContents(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', denyForeignNavigation);
  contents.on('will-frame-navigate', denyForeignNavigation);
  contents.on('will-redirect', denyForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link the user clicked may open in their browser, after parsing; never a new app window.
    openExternalSafely(openExternal, url);
    return { action: 'deny' };
  });
}

/** No page of ours needs the camera, location, notifications, USB…: refuse every request and every check. */
export function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Guards the default session and every web contents created from now on. */
export function lockDown(app: GuardedApp, session: GuardedSession, openExternal: OpenExternal): void {
  denyAllPermissions(session);
  app.on('web-contents-created', (_event, contents) => guardContents(contents, openExternal));
}

/** The frame an IPC call came from, as Electron gives it (null once the frame has gone). */
export interface IpcSender {
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * The API's IPC handler: only the top frame of a page of the app may call; the dispatcher then checks
 * method and input. A frame of any other origin (or a subframe, which the CSP forbids anyway) is refused.
 */
export function apiIpcHandler<R>(dispatch: (method: unknown, input: unknown) => R) {
  return (event: IpcSender, method: unknown, input: unknown): R | Result<never> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
      return fail('unauthorized', 'Calls are accepted only from the app’s own pages.');
    }
    return dispatch(method, input);
  };
}
