import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/csp.js';
import { readStaticFile } from '../web/static-files.js';
import { APP_HOST, APP_SCHEME } from './security.js';

/** Must run before the app is ready: app:// behaves as a secure, standard origin ('self' works in the CSP). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://protocol-desk/ with the app's CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
}
