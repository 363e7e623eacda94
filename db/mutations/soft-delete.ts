import type { Store } from '../connection.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { unindexDocument } from './search-index.js';

/** Tables whose rows are soft-deleted, by audit entity: table names never come from input. */
const TABLE_OF = {
  organization: 'organizations',
  person: 'people',
  delegation: 'delegations',
  relationship: 'relationships',
  gift: 'gifts',
  agreement: 'agreements',
  follow_up: 'follow_ups',
  calendar_adjustment: 'calendar_adjustments',
  article: 'articles',
} as const;
export type SoftDeletableEntity = keyof typeof TABLE_OF;

/**
 * Soft delete: the row stays (for history, restore and merging between machines) but is no longer
 * listed or found; the audit log keeps what it was.
 */
export function softDelete(
  db: Store,
  change: ChangeContext,
  entity: SoftDeletableEntity,
  before: { id: string },
): void {
  db.prepare(`UPDATE ${TABLE_OF[entity]} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`).run(
    change.now,
    change.now,
    before.id,
  );
  unindexDocument(db, entity, before.id);
  recordAudit(db, change, { entity, entityId: before.id, action: 'delete', before, after: null });
}
