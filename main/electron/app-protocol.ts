import { protocol } from 'electron';
import { appProtocolResponder } from './app-protocol-response.js';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './security.js';

/** Must run before the app is ready (APP_SCHEME_PRIVILEGES). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Serves the built renderer on app://protocol-desk/ with the app's CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, appProtocolResponder(rendererDir));
}
