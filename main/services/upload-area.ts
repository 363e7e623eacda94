import { randomUUID } from 'node:crypto';
import { invalidField } from './errors.js';

interface Upload {
  size: number;
  received: number;
  pieces: Buffer[];
  startedAt: number;
}

/** Uploads not finished within an hour are dropped, and only a few are held at once: memory is the limit. */
const MAX_AGE_MS = 60 * 60 * 1000;
const MAX_OPEN = 3;

/**
 * Files arriving in pieces (uploads.begin, uploads.append), held in memory until the method that
 * needs the whole file takes it. Nothing is written to disk: an exchange file may hold every record.
 */
export class UploadArea {
  readonly #uploads = new Map<string, Upload>();

  begin(size: number, now = Date.now()): string {
    for (const [id, upload] of this.#uploads) if (now - upload.startedAt > MAX_AGE_MS) this.#uploads.delete(id);
    while (this.#uploads.size >= MAX_OPEN) this.#uploads.delete(this.#uploads.keys().next().value!);
    const id = randomUUID();
    this.#uploads.set(id, { size, received: 0, pieces: [], startedAt: now });
    return id;
  }

  append(id: string, offset: number, bytes: Buffer): { received: number; size: number } {
    const upload = this.#uploads.get(id);
    if (!upload) throw invalidField('uploadId', 'upload_unknown');
    if (offset !== upload.received) throw invalidField('offset', 'upload_out_of_order');
    if (upload.received + bytes.length > upload.size) throw invalidField('base64', 'upload_too_large');
    upload.pieces.push(bytes);
    upload.received += bytes.length;
    return { received: upload.received, size: upload.size };
  }

  /** The whole file, once every byte has arrived; the upload is then forgotten. */
  take(id: string): Buffer {
    const upload = this.#uploads.get(id);
    if (!upload) throw invalidField('uploadId', 'upload_unknown');
    if (upload.received !== upload.size) throw invalidField('uploadId', 'upload_incomplete');
    this.#uploads.delete(id);
    return Buffer.concat(upload.pieces, upload.size);
  }
}
