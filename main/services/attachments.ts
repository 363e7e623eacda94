import { createHash } from 'node:crypto';
import { ATTACHMENT_MAX_BYTES, type AttachmentType } from '../../shared/domain/attachment.js';
import { findAttachment } from '../../db/queries/attachments.js';
import { insertAttachment } from '../../db/mutations/attachments.js';
import { attachmentFiles } from '../attachments/file-store.js';
import { invalidField, mustExist } from './errors.js';
import type { Handlers } from './handler.js';

/** The file's type from its own first bytes: the name and the declared type are not trusted. */
export function sniffType(bytes: Buffer): AttachmentType | undefined {
  const starts = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return undefined;
}

export const attachmentHandlers = {
  /** Keeps a photo or scan in the data folder by hash (encrypted when the store is; never half a file). */
  'attachments.add': (ctx, { fileName, base64 }) => {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > ATTACHMENT_MAX_BYTES) throw invalidField('base64', 'too_large');
    const mimeType = sniffType(bytes);
    if (!mimeType) throw invalidField('base64', 'not_image_or_pdf');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    attachmentFiles(ctx.info.dataDir, ctx.store.options.key).write(sha256, bytes);
    return ctx.write((change) => insertAttachment(ctx.db, change, { fileName, mimeType, size: bytes.length, sha256 }));
  },

  'attachments.get': (ctx, { id }) => {
    const attachment = mustExist(findAttachment(ctx.db, id), 'attachment', id);
    const { sha256, ...described } = attachment;
    const bytes = attachmentFiles(ctx.info.dataDir, ctx.store.options.key).read(sha256);
    return { ...described, base64: bytes.toString('base64') };
  },
} satisfies Partial<Handlers>;
