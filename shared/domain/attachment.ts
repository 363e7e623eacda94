import { z } from 'zod';
import { NAME_MAX, requiredText } from './fields.js';

/** Photos of gifts and scans of agreements: images or PDF, 25 MB at most. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Base64 of at most ATTACHMENT_MAX_BYTES bytes (4 characters carry 3 bytes). */
const BASE64_MAX = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

export const attachmentInput = z.strictObject({
  fileName: requiredText(NAME_MAX),
  base64: z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .max(BASE64_MAX, { error: 'too_large' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid' })
    .refine((text) => text.length > 0, { error: 'required' }),
});

export interface Attachment {
  id: string;
  fileName: string;
  mimeType: AttachmentType;
  size: number;
}

export interface AttachmentContent extends Attachment {
  base64: string;
}
