import { appHandlers } from './app.js';
import type { Handlers } from './handler.js';
import { organizationHandlers } from './organizations.js';

/** Every contract method's handler; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...organizationHandlers,
};
