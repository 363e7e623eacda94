import type { Handlers } from './handler.js';

export const uploadHandlers = {
  'uploads.begin': (ctx, { size }) => ({ uploadId: ctx.uploads.begin(size), received: 0, size }),
  'uploads.append': (ctx, { uploadId, offset, base64 }) => ({
    uploadId,
    ...ctx.uploads.append(uploadId, offset, Buffer.from(base64, 'base64')),
  }),
} satisfies Partial<Handlers>;
