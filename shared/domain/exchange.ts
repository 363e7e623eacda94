import { z } from 'zod';
import { recordId } from './fields.js';

/**
 * Exchange files: every record (or one organisation's) in one file, to carry to another machine.
 * The file is gzip-compressed JSON; the renderer passes it as base64 like an attachment.
 */

export const exchangeExportInput = z.strictObject({
  /** Only this organisation's records (and what they point at); all records when null. */
  organizationId: recordId.nullable().default(null),
});

/** The file arrives first through uploads.begin/append (it may be far larger than one request). */
export const exchangeImportInput = z.strictObject({ uploadId: recordId });

/**
 * Why an incoming record was not applied. `both_changed`: both copies changed since the version this
 * machine last imported; `local_newer`: this machine's copy is newer and differs, and no shared version
 * is known to tell whether the incoming one is merely old; `same_time`: both carry the same time but differ; `missing_reference`: it points at a record
 * that is neither here nor in the file; `duplicate`: another record here already holds its unique value.
 */
export const EXCHANGE_CONFLICT_REASONS = [
  'both_changed',
  'local_newer',
  'same_time',
  'missing_reference',
  'duplicate',
] as const;
export type ExchangeConflictReason = (typeof EXCHANGE_CONFLICT_REASONS)[number];

export interface ExchangeConflict {
  table: string;
  id: string;
  /** What the user knows the record by (a name, a title, an item). */
  label: string;
  reason: ExchangeConflictReason;
  /** The columns that differ (local_newer, same_time) or the reference that is missing. */
  fields: string[];
  localUpdatedAt: string | null;
  incomingUpdatedAt: string;
}

export interface ExchangeSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Incoming copies older than the one here, which this machine had already imported before. */
  ignored: number;
  conflicts: ExchangeConflict[];
  /** Rows per table in the file. */
  counts: Record<string, number>;
  createdAt: string;
  appVersion: string;
}
