import { protocol } from 'electron';
import { appProtocolResponder } from './app-protocol-response.js';
import { APP_SCHEME } from './security.js';

/** Must run before the app is ready: app:// behaves as a secure, standard origin ('self' works in the CSP). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://protocol-desk/ with the app's CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolResponder(rendererDir));
}
