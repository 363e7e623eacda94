import { exportList } from '../export/lists/index.js';
import type { Handlers } from './handler.js';

export const listExportHandlers = {
  /** Any list page's rows, as its filters show them, to XLSX or CSV. */
  'lists.export': (ctx, input) => exportList(ctx, input),
  /** The gift register: the same mechanism, kept under its own name for existing callers. */
  'gifts.export': (ctx, input) => exportList(ctx, { list: 'gifts', ...input }),
} satisfies Partial<Handlers>;
