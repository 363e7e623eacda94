import type { Store } from '../connection.js';
import { DELEGATION_ENTITY, findDelegation } from '../queries/delegations.js';
import type { Delegation, DelegationFields } from '../../shared/domain/delegation.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { indexDocument } from './search-index.js';

function delegationColumns(fields: DelegationFields) {
  return {
    direction: fields.direction,
    visiting_org_id: fields.visitingOrgId,
    host_org_id: fields.hostOrgId,
    purpose: fields.purpose,
    start_date: fields.startDate,
    end_date: fields.endDate,
    place: fields.place,
    status: fields.status,
    notes: fields.notes,
  };
}

/**
 * Makes the participants match the input. A person keeps their participant row (and its id) across
 * edits, so provenance and history that point at it stay valid; people no longer listed are soft-deleted.
 */
function syncParticipants(db: Store, change: ChangeContext, delegationId: string, fields: DelegationFields): void {
  const existing = new Map(
    db
      .prepare<[string], { id: string; person_id: string }>(
        'SELECT id, person_id FROM participants WHERE delegation_id = ? AND deleted_at IS NULL',
      )
      .all(delegationId)
      .map((row) => [row.person_id, row.id]),
  );
  const update = db.prepare(
    `UPDATE participants SET side = @side, role = @role, title = @title, organization_id = @organization_id,
            precedence = @precedence, updated_at = @now WHERE id = @id`,
  );
  const insert = db.prepare(
    `INSERT INTO participants (id, delegation_id, person_id, side, role, title, organization_id, precedence, created_at, updated_at)
     VALUES (@id, @delegation_id, @person_id, @side, @role, @title, @organization_id, @precedence, @now, @now)`,
  );
  fields.participants.forEach((participant, precedence) => {
    const values = {
      side: participant.side,
      role: participant.role,
      title: participant.title,
      organization_id: participant.organizationId,
      precedence,
      now: change.now,
    };
    const id = existing.get(participant.personId);
    if (id) {
      update.run({ id, ...values });
      existing.delete(participant.personId);
    } else {
      insert.run({ id: change.newId(), delegation_id: delegationId, person_id: participant.personId, ...values });
    }
  });
  const remove = db.prepare('UPDATE participants SET deleted_at = ?, updated_at = ? WHERE id = ?');
  for (const id of existing.values()) remove.run(change.now, change.now, id);
}

/** Makes the programme match the input: items with an id are updated, others added, missing ones soft-deleted. */
function syncEngagements(db: Store, change: ChangeContext, delegationId: string, fields: DelegationFields): void {
  const existing = new Set(
    db
      .prepare<[string], { id: string }>('SELECT id FROM engagements WHERE delegation_id = ? AND deleted_at IS NULL')
      .all(delegationId)
      .map((row) => row.id),
  );
  const update = db.prepare(
    `UPDATE engagements SET kind = @kind, starts_at = @starts_at, place = @place, summary = @summary,
            outcome = @outcome, person_ids = @person_ids, updated_at = @now WHERE id = @id`,
  );
  const insert = db.prepare(
    `INSERT INTO engagements (id, delegation_id, kind, starts_at, place, summary, outcome, person_ids, created_at, updated_at)
     VALUES (@id, @delegation_id, @kind, @starts_at, @place, @summary, @outcome, @person_ids, @now, @now)`,
  );
  for (const engagement of fields.engagements) {
    const values = {
      kind: engagement.kind,
      starts_at: engagement.startsAt,
      place: engagement.place,
      summary: engagement.summary,
      outcome: engagement.outcome,
      person_ids: JSON.stringify(engagement.personIds),
      now: change.now,
    };
    if (engagement.id && existing.has(engagement.id)) {
      update.run({ id: engagement.id, ...values });
      existing.delete(engagement.id);
    } else {
      insert.run({ id: change.newId(), delegation_id: delegationId, ...values });
    }
  }
  const remove = db.prepare('UPDATE engagements SET deleted_at = ?, updated_at = ? WHERE id = ?');
  for (const id of existing) remove.run(change.now, change.now, id);
}

/** Search text of a delegation: both organisations, place, purpose, and every participant's name and title. */
export function reindexDelegation(db: Store, id: string, known?: Delegation): void {
  // A caller that has just read the delegation passes it: reading it (with its people) twice per write was a
  // tenth of the cost of saving one.
  const delegation = known ?? findDelegation(db, id);
  if (!delegation) return;
  const organizationTexts = db
    .prepare<[string, string], { name: string; aliases: string }>(
      'SELECT name, aliases FROM organizations WHERE id IN (?, ?)',
    )
    .all(delegation.visitingOrgId, delegation.hostOrgId)
    .flatMap((row) => [row.name, ...(JSON.parse(row.aliases) as string[])]);
  indexDocument(db, DELEGATION_ENTITY, id, [
    ...organizationTexts,
    delegation.place,
    delegation.purpose,
    ...delegation.participants.flatMap((participant) => [
      participant.fullName,
      participant.nativeName,
      participant.title,
    ]),
  ]);
}

export function insertDelegation(db: Store, change: ChangeContext, fields: DelegationFields): Delegation {
  const id = change.newId();
  db.prepare(
    `INSERT INTO delegations (id, direction, visiting_org_id, host_org_id, purpose, start_date, end_date, place,
                              status, notes, created_at, updated_at)
     VALUES (@id, @direction, @visiting_org_id, @host_org_id, @purpose, @start_date, @end_date, @place,
             @status, @notes, @now, @now)`,
  ).run({ id, now: change.now, ...delegationColumns(fields) });
  syncParticipants(db, change, id, fields);
  syncEngagements(db, change, id, fields);
  const created = findDelegation(db, id)!;
  reindexDelegation(db, id, created);
  recordAudit(db, change, { entity: DELEGATION_ENTITY, entityId: id, action: 'create', before: null, after: created });
  return created;
}

export function updateDelegation(
  db: Store,
  change: ChangeContext,
  before: Delegation,
  fields: DelegationFields,
): Delegation {
  db.prepare(
    `UPDATE delegations
        SET direction = @direction, visiting_org_id = @visiting_org_id, host_org_id = @host_org_id,
            purpose = @purpose, start_date = @start_date, end_date = @end_date, place = @place,
            status = @status, notes = @notes, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id: before.id, now: change.now, ...delegationColumns(fields) });
  syncParticipants(db, change, before.id, fields);
  syncEngagements(db, change, before.id, fields);
  const after = findDelegation(db, before.id)!;
  reindexDelegation(db, before.id, after);
  recordAudit(db, change, { entity: DELEGATION_ENTITY, entityId: before.id, action: 'update', before, after });
  return after;
}

export function restoreDelegation(db: Store, change: ChangeContext, id: string): Delegation {
  db.prepare('UPDATE delegations SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL').run(
    change.now,
    id,
  );
  const restored = findDelegation(db, id)!;
  reindexDelegation(db, id, restored);
  recordAudit(db, change, {
    entity: DELEGATION_ENTITY,
    entityId: id,
    action: 'restore',
    before: null,
    after: restored,
  });
  return restored;
}

export function saveBriefingNotes(
  db: Store,
  change: ChangeContext,
  id: string,
  before: { talkingPoints: string; topicsToAvoid: string },
  after: { talkingPoints: string; topicsToAvoid: string },
): void {
  db.prepare('UPDATE delegations SET talking_points = ?, topics_to_avoid = ?, updated_at = ? WHERE id = ?').run(
    after.talkingPoints,
    after.topicsToAvoid,
    change.now,
    id,
  );
  recordAudit(db, change, { entity: DELEGATION_ENTITY, entityId: id, action: 'update', before, after });
}
