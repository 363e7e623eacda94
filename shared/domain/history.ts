/** One entry of a record's history, from the audit log. */
export interface HistoryEntry {
  id: string;
  at: string;
  actor: string;
  action: 'create' | 'update' | 'delete' | 'restore';
  /** Top-level fields whose value differs between before and after. */
  changedFields: string[];
  before: unknown;
  after: unknown;
}

/** The record kinds whose history can be asked for (the audit log's `entity`). */
export const HISTORY_ENTITIES = [
  'organization',
  'person',
  'delegation',
  'relationship',
  'gift',
  'agreement',
  'follow_up',
] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];
