import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../../db/durable-file.js';

/**
 * Photos and scans in the data folder's attachments/, one file per SHA-256 of the original bytes.
 * When the store is encrypted they are too (AES-256-GCM under a key derived from the store's data key),
 * so a scan of an MoU is as unreadable on a stolen disk as the records that point at it.
 */
const MAGIC = Buffer.from('PDA1'); // never the start of an image or PDF, which is all an attachment can be
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HASH_NAME = /^[0-9a-f]{64}$/;

/** A key of its own for files, so the store's key is never used for two purposes. */
function fileKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'protocol-desk attachments v1', 32));
}

function seal(bytes: Buffer, dataKey: Buffer | undefined): Buffer {
  if (!dataKey) return bytes;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', fileKey(dataKey), iv);
  const sealed = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), sealed]);
}

function open(stored: Buffer, dataKey: Buffer | undefined): Buffer {
  if (!stored.subarray(0, MAGIC.length).equals(MAGIC)) return stored; // written before encryption was on
  if (!dataKey) throw new Error('An encrypted attachment cannot be read without the data key.');
  const iv = stored.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = stored.subarray(MAGIC.length + IV_BYTES, MAGIC.length + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', fileKey(dataKey), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(MAGIC.length + IV_BYTES + TAG_BYTES)), decipher.final()]);
}

function isSealed(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

export interface AttachmentFiles {
  has(sha256: string): boolean;
  read(sha256: string): Buffer;
  /** Stores the bytes unless a file with that hash is there already; says whether it wrote one. */
  write(sha256: string, bytes: Buffer): boolean;
  remove(sha256: string): void;
}

export function attachmentFiles(dataDir: string, dataKey: Buffer | undefined): AttachmentFiles {
  const dir = join(dataDir, 'attachments');
  const path = (sha256: string) => join(dir, sha256);
  return {
    has: (sha256) => existsSync(path(sha256)),
    read: (sha256) => open(readFileSync(path(sha256)), dataKey),
    write: (sha256, bytes) => {
      if (existsSync(path(sha256))) return false;
      mkdirSync(dir, { recursive: true });
      writeFileDurably(path(sha256), seal(bytes, dataKey));
      return true;
    },
    remove: (sha256) => rmSync(path(sha256), { force: true }),
  };
}

/**
 * Brings every attachment to `to` (sealed under it, or plain when undefined), reading sealed ones with
 * `from`. Files already as wanted are left alone, so this also finishes what a crash interrupted.
 */
export function rekeyAttachments(dataDir: string, from: Buffer | undefined, to: Buffer | undefined): void {
  const dir = join(dataDir, 'attachments');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((entry) => HASH_NAME.test(entry))) {
    const file = join(dir, name);
    const sealed = isSealed(file);
    if (sealed === (to !== undefined) || (sealed && !from)) continue;
    writeFileDurably(file, seal(open(readFileSync(file), from), to));
  }
}
