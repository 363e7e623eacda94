import type { Store } from '../connection.js';

export interface ChangeContext {
  actor: string;
  /** UTC ISO timestamp of the change. */
  now: string;
  newId(): string;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'restore';

/** Appends one entry to the audit log; callers run it inside the write's transaction. */
export function recordAudit(
  db: Store,
  change: ChangeContext,
  entry: { entity: string; entityId: string; action: AuditAction; before: unknown; after: unknown },
): void {
  db.prepare(
    `INSERT INTO audit_log (id, created_at, actor, entity, entity_id, action, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.newId(),
    change.now,
    change.actor,
    entry.entity,
    entry.entityId,
    entry.action,
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
  );
}
