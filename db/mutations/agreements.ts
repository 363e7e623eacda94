import type { Store } from '../connection.js';
import { AGREEMENT_ENTITY, findAgreement, type StoredAgreement } from '../queries/agreements.js';
import type { AgreementFields } from '../../shared/domain/agreement.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { indexDocument } from './search-index.js';

function columns(fields: AgreementFields) {
  return {
    kind: fields.kind,
    title: fields.title,
    status: fields.status,
    signed_on: fields.signedOn,
    place: fields.place,
    effective_from: fields.effectiveFrom,
    expires_on: fields.expiresOn,
    renewal_terms: fields.renewalTerms,
    delegation_id: fields.delegationId,
    scan_attachment_id: fields.scanAttachmentId,
    notes: fields.notes,
  };
}

/** Parties are replaced as a list (they carry no history of their own). */
function syncParties(db: Store, change: ChangeContext, agreementId: string, fields: AgreementFields): void {
  db.prepare(
    'UPDATE agreement_parties SET deleted_at = ?, updated_at = ? WHERE agreement_id = ? AND deleted_at IS NULL',
  ).run(change.now, change.now, agreementId);
  const insert = db.prepare(
    `INSERT INTO agreement_parties (id, agreement_id, organization_id, signatory_participant_id, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  fields.parties.forEach((party, position) =>
    insert.run(
      change.newId(),
      agreementId,
      party.organizationId,
      party.signatoryParticipantId,
      position,
      change.now,
      change.now,
    ),
  );
}

/** Field rows with an id are updated in place (their status history stays theirs); the rest added; missing ones removed. */
function syncFields(db: Store, change: ChangeContext, agreementId: string, fields: AgreementFields): void {
  const existing = new Set(
    db
      .prepare<[string], { id: string }>(
        'SELECT id FROM agreement_fields WHERE agreement_id = ? AND deleted_at IS NULL',
      )
      .all(agreementId)
      .map((row) => row.id),
  );
  const update = db.prepare(
    `UPDATE agreement_fields SET field_key = @field_key, text = @text, status = @status, notes = @notes,
            position = @position, updated_at = @now WHERE id = @id`,
  );
  const insert = db.prepare(
    `INSERT INTO agreement_fields (id, agreement_id, field_key, text, status, notes, position, created_at, updated_at)
     VALUES (@id, @agreement_id, @field_key, @text, @status, @notes, @position, @now, @now)`,
  );
  fields.fields.forEach((field, position) => {
    const values = {
      field_key: field.fieldKey,
      text: field.text,
      status: field.status,
      notes: field.notes,
      position,
      now: change.now,
    };
    if (field.id && existing.has(field.id)) {
      update.run({ id: field.id, ...values });
      existing.delete(field.id);
    } else {
      insert.run({ id: change.newId(), agreement_id: agreementId, ...values });
    }
  });
  const remove = db.prepare('UPDATE agreement_fields SET deleted_at = ?, updated_at = ? WHERE id = ?');
  for (const id of existing) remove.run(change.now, change.now, id);
}

export function reindex(db: Store, agreement: StoredAgreement): void {
  indexDocument(db, AGREEMENT_ENTITY, agreement.id, [
    agreement.title,
    agreement.place,
    ...agreement.parties.flatMap((party) => [party.organizationName, party.signatoryName ?? '']),
    ...agreement.fields.map((field) => field.text),
  ]);
}

export function insertAgreement(db: Store, change: ChangeContext, fields: AgreementFields): StoredAgreement {
  const id = change.newId();
  db.prepare(
    `INSERT INTO agreements (id, kind, title, status, signed_on, place, effective_from, expires_on, renewal_terms,
                             delegation_id, scan_attachment_id, notes, created_at, updated_at)
     VALUES (@id, @kind, @title, @status, @signed_on, @place, @effective_from, @expires_on, @renewal_terms,
             @delegation_id, @scan_attachment_id, @notes, @now, @now)`,
  ).run({ id, now: change.now, ...columns(fields) });
  syncParties(db, change, id, fields);
  syncFields(db, change, id, fields);
  const created = findAgreement(db, id)!;
  reindex(db, created);
  recordAudit(db, change, { entity: AGREEMENT_ENTITY, entityId: id, action: 'create', before: null, after: created });
  return created;
}

export function updateAgreement(
  db: Store,
  change: ChangeContext,
  before: StoredAgreement,
  fields: AgreementFields,
): StoredAgreement {
  db.prepare(
    `UPDATE agreements SET kind = @kind, title = @title, status = @status, signed_on = @signed_on, place = @place,
            effective_from = @effective_from, expires_on = @expires_on, renewal_terms = @renewal_terms,
            delegation_id = @delegation_id, scan_attachment_id = @scan_attachment_id, notes = @notes, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id: before.id, now: change.now, ...columns(fields) });
  syncParties(db, change, before.id, fields);
  syncFields(db, change, before.id, fields);
  const after = findAgreement(db, before.id)!;
  reindex(db, after);
  recordAudit(db, change, { entity: AGREEMENT_ENTITY, entityId: before.id, action: 'update', before, after });
  return after;
}

/** Adds a field to the user's vocabulary; the key is derived from the label and returned. */
export function insertCooperationField(db: Store, change: ChangeContext, key: string, label: string): void {
  db.prepare('INSERT INTO cooperation_fields (id, key, label, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    change.newId(),
    key,
    label,
    change.now,
    change.now,
  );
  recordAudit(db, change, {
    entity: 'cooperation_field',
    entityId: key,
    action: 'create',
    before: null,
    after: { key, label },
  });
}
