import type { Store } from '../connection.js';
import { findGift, GIFT_ENTITY, type StoredGift } from '../queries/gifts.js';
import type { GiftFields } from '../../shared/domain/gift.js';
import { fold } from '../../shared/text/fold.js';
import { recordAudit, type ChangeContext } from './audit.js';
import { indexDocument } from './search-index.js';

const COLUMNS = [
  'direction',
  'delegation_id',
  'date',
  'giver_participant_id',
  'giver_org_id',
  'recipient_participant_id',
  'recipient_org_id',
  'item',
  'item_key',
  'category',
  'quantity',
  'estimated_value',
  'currency',
  'valuation_basis',
  'circumstances',
  'reported_on',
  'disposition',
  'disposition_decision',
  'disposition_on',
  'sold_on',
  'proceeds_remitted_on',
  'photo_attachment_id',
  'notes',
] as const;

function columns(fields: GiftFields): Record<(typeof COLUMNS)[number], string | number | null> {
  return {
    direction: fields.direction,
    delegation_id: fields.delegationId,
    date: fields.date,
    giver_participant_id: fields.giverParticipantId,
    giver_org_id: fields.giverOrgId,
    recipient_participant_id: fields.recipientParticipantId,
    recipient_org_id: fields.recipientOrgId,
    item: fields.item,
    item_key: fold(fields.item),
    category: fields.category,
    quantity: fields.quantity,
    estimated_value: fields.estimatedValue,
    currency: fields.currency,
    valuation_basis: fields.valuationBasis,
    circumstances: fields.circumstances,
    reported_on: fields.reportedOn,
    disposition: fields.disposition,
    disposition_decision: fields.dispositionDecision,
    disposition_on: fields.dispositionOn,
    sold_on: fields.soldOn,
    proceeds_remitted_on: fields.proceedsRemittedOn,
    photo_attachment_id: fields.photoAttachmentId,
    notes: fields.notes,
  };
}

export function reindex(db: Store, gift: StoredGift): void {
  indexDocument(db, GIFT_ENTITY, gift.id, [
    gift.item,
    gift.circumstances,
    gift.giverName ?? '',
    gift.giverOrgName ?? '',
    gift.recipientName ?? '',
    gift.recipientOrgName ?? '',
  ]);
}

export function insertGift(db: Store, change: ChangeContext, fields: GiftFields): StoredGift {
  const id = change.newId();
  db.prepare(
    `INSERT INTO gifts (id, ${COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (@id, ${COLUMNS.map((column) => `@${column}`).join(', ')}, @now, @now)`,
  ).run({ id, now: change.now, ...columns(fields) });
  const created = findGift(db, id)!;
  reindex(db, created);
  recordAudit(db, change, { entity: GIFT_ENTITY, entityId: id, action: 'create', before: null, after: created });
  return created;
}

export function updateGift(db: Store, change: ChangeContext, before: StoredGift, fields: GiftFields): StoredGift {
  db.prepare(
    `UPDATE gifts SET ${COLUMNS.map((column) => `${column} = @${column}`).join(', ')}, updated_at = @now
      WHERE id = @id AND deleted_at IS NULL`,
  ).run({ id: before.id, now: change.now, ...columns(fields) });
  const after = findGift(db, before.id)!;
  reindex(db, after);
  recordAudit(db, change, { entity: GIFT_ENTITY, entityId: before.id, action: 'update', before, after });
  return after;
}
