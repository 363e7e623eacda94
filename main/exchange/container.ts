import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DomainError } from '../../shared/api/result.js';

/**
 * The exchange file: gzip-compressed JSON holding a manifest and named parts (each part's bytes in
 * base64). The manifest lists every part with its SHA-256, so a changed or missing byte anywhere is
 * found before anything is written. Plain JSON and Node's own zlib: no library to trust, readable
 * with any tool once unzipped.
 */
export const EXCHANGE_FORMAT = 'protocol-desk-exchange';
export const EXCHANGE_FORMAT_VERSION = 1;

export interface ExchangeManifest {
  format: typeof EXCHANGE_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  /** null: every record; otherwise the organisation the file was made for. */
  organizationId: string | null;
  /** Rows per table. */
  counts: Record<string, number>;
  /** Every part of the file with the SHA-256 of its bytes. */
  parts: { name: string; size: number; sha256: string }[];
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function packExchange(manifest: Omit<ExchangeManifest, 'parts'>, parts: Map<string, Buffer>): Buffer {
  const listed = [...parts].map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256(bytes) }));
  const body = {
    manifest: { ...manifest, parts: listed },
    parts: Object.fromEntries([...parts].map(([name, bytes]) => [name, bytes.toString('base64')])),
  };
  return gzipSync(Buffer.from(JSON.stringify(body)));
}

function refuse(reason: string): DomainError {
  return new DomainError(
    'invalid_input',
    `uploadId: this exchange file cannot be imported: ${reason}. Nothing was changed.`,
    { uploadId: 'exchange_refused' },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Opens and checks a file: it must unzip, parse, carry a manifest of this format, hold exactly the
 * parts the manifest lists, and every part's bytes must have the listed SHA-256. Throws a refusal
 * (naming what is wrong) otherwise.
 */
export function unpackExchange(
  file: Buffer,
  schemaVersion: number,
): { manifest: ExchangeManifest; parts: Map<string, Buffer> } {
  let text: string;
  try {
    text = gunzipSync(file).toString('utf8');
  } catch {
    throw refuse('it is incomplete or not an exchange file (it does not unzip)');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw refuse('its content is not valid JSON');
  }
  if (!isRecord(body) || !isRecord(body.manifest) || !isRecord(body.parts)) throw refuse('it has no manifest');
  const manifest = body.manifest as unknown as ExchangeManifest;
  if (manifest.format !== EXCHANGE_FORMAT) throw refuse('it is not a Protocol Desk exchange file');
  if (manifest.formatVersion !== EXCHANGE_FORMAT_VERSION)
    throw refuse(
      `it uses exchange format ${String(manifest.formatVersion)}, this version reads ${EXCHANGE_FORMAT_VERSION}`,
    );
  if (typeof manifest.schemaVersion !== 'number' || manifest.schemaVersion > schemaVersion)
    throw refuse(
      `it was made by a newer version of Protocol Desk (schema ${String(manifest.schemaVersion)}); open it with the newer version`,
    );
  if (!Array.isArray(manifest.parts) || !isRecord(manifest.counts)) throw refuse('its manifest is incomplete');
  const listed = new Set(manifest.parts.map((part) => part.name));
  const parts = new Map<string, Buffer>();
  for (const [name, encoded] of Object.entries(body.parts)) {
    if (!listed.has(name)) throw refuse(`it holds a part the manifest does not list (${name})`);
    if (typeof encoded !== 'string') throw refuse(`part ${name} is not base64`);
    parts.set(name, Buffer.from(encoded, 'base64'));
  }
  for (const part of manifest.parts) {
    const bytes = parts.get(part.name);
    if (!bytes) throw refuse(`part ${part.name} is missing`);
    if (bytes.length !== part.size || sha256(bytes) !== part.sha256)
      throw refuse(`the checksum of ${part.name} does not match (the file was changed or damaged)`);
  }
  return { manifest, parts };
}

export { refuse as refuseExchange };
