import { CONTENT_SECURITY_POLICY } from '../security/csp.js';
import { readStaticFile } from '../web/static-files.js';
import { APP_HOST } from './security.js';

/**
 * What app://protocol-desk/… answers: a file of the built renderer with the app's CSP, or 404.
 * Apart from the protocol registration so a unit test can call it under plain Node.
 */
export function appProtocolResponder(rendererDir: string): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
