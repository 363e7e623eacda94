import type { Store } from '../connection.js';
import { findFollowUp, FOLLOW_UP_ENTITY, type StoredFollowUp } from '../queries/follow-ups.js';
import type { FollowUpFields } from '../../shared/domain/follow-up.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { indexDocument } from './search-index.js';

function columns(fields: FollowUpFields) {
  return {
    text: fields.text,
    source_kind: fields.sourceKind,
    source_id: fields.sourceId,
    organization_id: fields.organizationId,
    owner: fields.owner,
    due: fields.due,
    status: fields.status,
    priority: fields.priority,
    done_on: fields.doneOn,
    notes: fields.notes,
  };
}

export function reindex(db: Store, followUp: StoredFollowUp): void {
  indexDocument(db, FOLLOW_UP_ENTITY, followUp.id, [
    followUp.text,
    followUp.owner,
    followUp.organizationName ?? '',
    followUp.sourceLabel ?? '',
  ]);
}

export function insertFollowUp(db: Store, change: ChangeContext, fields: FollowUpFields): StoredFollowUp {
  const id = change.newId();
  db.prepare(
    `INSERT INTO follow_ups (id, text, source_kind, source_id, organization_id, owner, due, status, priority, done_on,
                             notes, created_at, updated_at)
     VALUES (@id, @text, @source_kind, @source_id, @organization_id, @owner, @due, @status, @priority, @done_on,
             @notes, @now, @now)`,
  ).run({ id, now: change.now, ...columns(fields) });
  const created = findFollowUp(db, id)!;
  reindex(db, created);
  recordAudit(db, change, { entity: FOLLOW_UP_ENTITY, entityId: id, action: 'create', before: null, after: created });
  return created;
}

export function updateFollowUp(
  db: Store,
  change: ChangeContext,
  before: StoredFollowUp,
  fields: FollowUpFields,
): StoredFollowUp {
  db.prepare(
    `UPDATE follow_ups SET text = @text, source_kind = @source_kind, source_id = @source_id,
            organization_id = @organization_id, owner = @owner, due = @due, status = @status,
            priority = @priority, done_on = @done_on, notes = @notes, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id: before.id, now: change.now, ...columns(fields) });
  const after = findFollowUp(db, before.id)!;
  reindex(db, after);
  recordAudit(db, change, { entity: FOLLOW_UP_ENTITY, entityId: before.id, action: 'update', before, after });
  return after;
}

export function insertProgressNote(
  db: Store,
  change: ChangeContext,
  followUpId: string,
  on: string,
  text: string,
): void {
  db.prepare(
    'INSERT INTO follow_up_notes (id, follow_up_id, on_date, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(change.newId(), followUpId, on, text, change.now, change.now);
  db.prepare('UPDATE follow_ups SET updated_at = ? WHERE id = ?').run(change.now, followUpId);
  recordAudit(db, change, {
    entity: FOLLOW_UP_ENTITY,
    entityId: followUpId,
    action: 'update',
    before: null,
    after: { progress: { on, text } },
  });
}
