import { listHistory } from '../../db/queries/history.js';
import type { Handlers } from './handler.js';

export const historyHandlers = {
  'history.list': (ctx, { entity, entityId }) => listHistory(ctx.db, entity, entityId),
} satisfies Partial<Handlers>;
