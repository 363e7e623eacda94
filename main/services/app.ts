import type { Handlers } from './handler.js';

export const appHandlers = {
  'app.info': (ctx) => ctx.info,
} satisfies Partial<Handlers>;
