import { z } from 'zod';

/**
 * A page of the app to print, as its hash route ("/delegations/…/briefing", "/briefings/week?day=…").
 * Only a path of the app itself: no scheme or host (a foreign origin), no "//", no "..", no backslash,
 * no fragment — the print window always loads app://protocol-desk/index.html#<route>.
 */
export const APP_ROUTE_PATTERN = /^\/(?!\/)[A-Za-z0-9\-_/.?=&%]*$/;

export function isAppRoute(route: string): boolean {
  return APP_ROUTE_PATTERN.test(route) && !route.split(/[/?&=]/).some((segment) => segment === '..' || segment === '.');
}

export const printInput = z.strictObject({
  route: z
    .string({ error: 'invalid' })
    .max(500, { error: 'too_long' })
    .refine(isAppRoute, { error: 'not_an_app_route' }),
});

/** "Save as PDF": where the file went, or nothing when the user cancelled the dialog. */
export interface SavedPdf {
  saved: boolean;
  path: string | null;
}

/** "Print": whether the system print dialog ended with a print (false when cancelled). */
export interface Printed {
  printed: boolean;
}
