import { DomainError } from '../../shared/api/result.js';
import type { Printer, ServiceContext } from './context.js';
import type { Handlers } from './handler.js';

/** The hidden-window printer, or a typed refusal the renderer answers with the browser's own print. */
function printerOf(ctx: ServiceContext): Printer {
  if (!ctx.printer) {
    throw new DomainError(
      'unsupported',
      'Saving as PDF from a hidden window needs the desktop app; use the browser’s print.',
    );
  }
  return ctx.printer;
}

export const printHandlers = {
  'print.savePdf': (ctx, { route }) => printerOf(ctx).savePdf(route),
  'print.print': (ctx, { route }) => printerOf(ctx).print(route),
} satisfies Partial<Handlers>;
