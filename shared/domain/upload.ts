import { z } from 'zod';
import { recordId, wholeNumber } from './fields.js';

/**
 * A large file (an exchange file with its scans) crosses to main in pieces: the HTTP transport takes
 * at most 36 MB a request, and one piece at a time keeps the renderer's memory flat.
 */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;
/**
 * The largest upload: an exchange file is one JSON text once unzipped, and V8 will not hold a string
 * of more than about 512 MB, so the format itself stops well below this.
 */
export const UPLOAD_MAX_BYTES = 256 * 1024 * 1024;
const CHUNK_BASE64_MAX = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;

export const uploadBeginInput = z.strictObject({
  size: wholeNumber().min(1, { error: 'empty_file' }).max(UPLOAD_MAX_BYTES, { error: 'upload_too_large' }),
});

export const uploadAppendInput = z.strictObject({
  uploadId: recordId,
  /** Where this piece starts: pieces come in order, so a lost or repeated one is noticed. */
  offset: wholeNumber().min(0, { error: 'negative' }),
  base64: z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalid') })
    .min(1, { error: 'required' })
    .max(CHUNK_BASE64_MAX, { error: 'too_large' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid' }),
});

export interface UploadProgress {
  uploadId: string;
  received: number;
  size: number;
}
