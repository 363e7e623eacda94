import type { Store } from '../connection.js';
import type { HistoryEntry } from '../../shared/domain/history.js';

interface AuditRow {
  id: string;
  created_at: string;
  actor: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** Top-level fields whose values differ (compared as JSON), so a history line can say what changed. */
function changedFields(before: unknown, after: unknown): string[] {
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ignored = new Set(['updatedAt', 'createdAt']);
  return [...keys].filter(
    (key) =>
      !ignored.has(key) &&
      JSON.stringify((before as Record<string, unknown>)[key]) !==
        JSON.stringify((after as Record<string, unknown>)[key]),
  );
}

/** A record's history, newest first. */
export function listHistory(db: Store, entity: string, entityId: string): HistoryEntry[] {
  return db
    .prepare<[string, string], AuditRow>(
      `SELECT id, created_at, actor, action, before, after FROM audit_log
        WHERE entity = ? AND entity_id = ? ORDER BY created_at DESC, rowid DESC`,
    )
    .all(entity, entityId)
    .map((row) => {
      const before: unknown = row.before === null ? null : JSON.parse(row.before);
      const after: unknown = row.after === null ? null : JSON.parse(row.after);
      return {
        id: row.id,
        at: row.created_at,
        actor: row.actor,
        // CHECK constraint on the column.
        action: row.action as HistoryEntry['action'],
        changedFields: changedFields(before, after),
        before,
        after,
      };
    });
}
